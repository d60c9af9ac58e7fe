using Constructs;
using WsRouteResponses.Synthesis;
using WsRouteResponses.TerraformStrings;
using WsRouteResponses.Locations;
using WsRouteResponses.Validation;

namespace WsRouteResponses;

/// <summary>
/// A route that answers its caller. API Gateway sends a response only when the route has
/// <c>route_response_selection_expression = "$default"</c> AND a route response with key
/// <c>$default</c>; this construct always creates both, and for non-proxy integrations the integration
/// responses that shape the answer (an <see cref="IntegrationResponseSet"/>).
/// </summary>
public sealed class TwoWayRoute : WebSocketRoute
{
    /// <summary>The only route response key WebSocket APIs accept, and the route's response selection expression.</summary>
    internal const string ResponseKey = "$default";

    private const string ResponseSetId = "IntegrationResponses";

    private readonly DeferredResource _routeResponse;
    private readonly IntegrationResponseDefinitions? _responses;
    private IntegrationResponseSet? _responseSet;

    /// <summary>Creates the route, its <c>$default</c> route response and, for non-proxy integrations, its integration responses.</summary>
    /// <exception cref="WebSocketRuleException">
    /// Integration responses on a proxy integration (<c>WSR301</c>), none on a non-proxy one (<c>WSR302</c>),
    /// or a route rule (<c>WSR1xx</c>), integration rule (<c>WSR2xx</c>) or response rule (<c>WSR3xx</c>).
    /// </exception>
    public TwoWayRoute(Construct scope, string id, TwoWayRouteProps props) : base(scope, id, props, twoWay: true)
    {
        var config = new Apigatewayv2RouteResponseConfig
        {
            ApiId = Api.ApiId,
            RouteId = RouteReference("id"),
            RouteResponseKey = ResponseKey,
            ResponseModels = ModelNames(props.ResponseModels),
            ModelSelectionExpression = TerraformText.EscapeOrNull(props.ResponseModelSelectionExpression),
        };
        _routeResponse = Describe("aws_apigatewayv2_route_response", "RouteResponse", config, () => new Apigatewayv2RouteResponse(this, "RouteResponse", config));
        if (props.Import?.RouteResponseId is { } routeResponseId)
            _routeResponse.ImportFrom($"{ImportApiId}/{props.Import.RouteId}/{routeResponseId}");

        var responses = props.IntegrationResponses ?? [];
        if (responses.Count > 0)
            _responses = new IntegrationResponseDefinitions(Api, new IntegrationResponseSetProps
            {
                Integration = Integration,
                Responses = responses,
                IntegrationImportId = props.Import?.IntegrationId,
            }, Location.Child(ResponseSetId), warnOn: this, scope: ResponseSet);
        else if (!Integration.Type.IsProxy() && props.Integration is not ExistingIntegration && !Api.HasResponses(Integration))
            // Another route sharing the integration may still define its responses: rule WSR302 runs at synth.
            Node.AddValidation(new OwnerRules(Api.Model, Location.Path));
        Api.Register(this);
    }

    /// <summary>The <c>$default</c> route response (escape hatch; created on first read).</summary>
    public Apigatewayv2RouteResponse RouteResponse => (Apigatewayv2RouteResponse)_routeResponse.Materialize();

    /// <summary>The route response id (a token of <see cref="RouteResponse"/>).</summary>
    public string RouteResponseId => RouteResponse.Id;

    /// <summary>The integration responses this route defined (created as a construct on first read), or null (proxy integrations, or responses defined elsewhere).</summary>
    public IntegrationResponseSet? IntegrationResponses => _responses is null ? null : ResponseSet();

    private IntegrationResponseSet ResponseSet() => _responseSet ??= new IntegrationResponseSet(this, ResponseSetId, () => _responses!);

    internal override Dictionary<string, string> OutputAttributes()
    {
        var attributes = base.OutputAttributes();
        attributes["route_response_id"] = _routeResponse.Reference("id");
        attributes["route_response_key"] = ResponseKey;
        return attributes;
    }
}
