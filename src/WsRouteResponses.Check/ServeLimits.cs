namespace WsRouteResponses.Check;

/// <summary>How long <c>wsrr serve</c> lets a connection be: <c>--idle-timeout</c> and <c>--max-connection-age</c>.</summary>
/// <param name="IdleTimeout">How long a connection may stay silent before it is closed with 1001.</param>
/// <param name="MaxConnectionAge">How long a connection may stay open before it is closed with 1001.</param>
public sealed record ServeLimits(TimeSpan IdleTimeout, TimeSpan MaxConnectionAge);
