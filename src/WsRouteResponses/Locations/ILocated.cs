namespace WsRouteResponses.Locations;

/// <summary>A library construct that knows its own <see cref="Locations.Location"/> (no jsii call to ask).</summary>
internal interface ILocated
{
    Location Location { get; }
}
