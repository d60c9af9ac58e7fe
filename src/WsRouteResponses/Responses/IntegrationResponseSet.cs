using Constructs;
using WsRouteResponses.Locations;
using WsRouteResponses.Validation;

namespace WsRouteResponses;

/// <summary>
/// All integration responses of one integration: an <c>aws_apigatewayv2_integration_response</c> per key.
/// A <see cref="TwoWayRoute"/> makes one from its props; on its own it adds responses to any
/// integration, an existing one included. Checks: none on proxy integrations (<c>WSR301</c>), at least one
/// (<c>WSR302</c>), unique keys (<c>WSR306</c>), one set per integration (<c>WSR308</c>), a <c>$default</c>
/// catch-all (<c>WSR303</c>), templates under 300 KB (<c>WSR203</c>), status keys on Lambda
/// (<c>WSR307</c>), and, at synth, responses that only one-way routes would use (<c>WSR304</c>).
/// </summary>
public sealed class IntegrationResponseSet : Construct, ILocated
{
    private readonly Func<IntegrationResponseDefinitions> _definitions;

    /// <summary>Creates the integration responses.</summary>
    /// <exception cref="WebSocketRuleException">A rule above is broken.</exception>
    public IntegrationResponseSet(Construct scope, string id, IntegrationResponseSetProps props) : base(scope, id)
    {
        RequiredProps.NotNull(props, () => $"{scope}/{id}", nameof(IntegrationResponseSetProps));
        var api = props.Api ?? scope as WebSocketApi
            ?? throw new ArgumentException($"[{scope}/{id}] IntegrationResponseSetProps.Api is not set and the set's scope is not a WebSocketApi; create the set in its API or set Api.", nameof(props));
        var location = api.LocationOf(scope).Child(id);
        api.Moves.Renamed(location, props.RenamedFrom);
        var definitions = new IntegrationResponseDefinitions(api, props, location, warnOn: this, scope: () => this);
        _definitions = () => definitions;
    }

    /// <summary>
    /// The construct of the responses a <see cref="TwoWayRoute"/> describes, created only when
    /// needed (read, or as the scope of a materialized response, possibly while they are being described).
    /// </summary>
    internal IntegrationResponseSet(Construct scope, string id, Func<IntegrationResponseDefinitions> definitions) : base(scope, id) =>
        _definitions = definitions;

    /// <summary>The id of the integration the responses belong to.</summary>
    public string IntegrationId => _definitions().Integration.IntegrationId;

    /// <summary>The provider resources by key (escape hatch; created on first read).</summary>
    public IReadOnlyDictionary<IntegrationResponseKey, Apigatewayv2IntegrationResponse> Resources => _definitions().Materialize();

    Location ILocated.Location => _definitions().Location;
}
