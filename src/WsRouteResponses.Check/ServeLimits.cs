namespace WsRouteResponses.Check;

/// <summary>How long <c>wsrr serve</c> lets a connection be, <c>--idle-timeout</c> and <c>--max-connection-age</c>, and a Lambda execution environment stay idle, <c>--lambda-idle-timeout</c>.</summary>
/// <param name="IdleTimeout">How long a connection may stay silent before it is closed with 1001.</param>
/// <param name="MaxConnectionAge">How long a connection may stay open before it is closed with 1001.</param>
/// <param name="LambdaIdleTimeout">How long a Lambda execution environment may stay idle before it is ended; null for <see cref="Local.LocalOptions.LambdaIdleTimeout"/>'s default.</param>
public sealed record ServeLimits(TimeSpan IdleTimeout, TimeSpan MaxConnectionAge, TimeSpan? LambdaIdleTimeout = null);
