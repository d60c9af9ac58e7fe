namespace WsRouteResponses.Internal;

/// <summary>A library construct that knows its own <see cref="Internal.Location"/> (no jsii call to ask).</summary>
internal interface ILocated
{
    Location Location { get; }
}
