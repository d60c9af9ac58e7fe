using Constructs;
using HashiCorp.Cdktf.Providers.Aws.Apigatewayv2RouteResponse;
using WsRouteResponses.Integrations;
using WsRouteResponses.Internal;
using WsRouteResponses.Responses;
using WsRouteResponses.Validation;

namespace WsRouteResponses.Routes;

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

    /// <summary>Creates the route, its <c>$default</c> route response and, for non-proxy integrations, its integration responses.</summary>
    /// <exception cref="WebSocketRuleException">
    /// Integration responses on a proxy integration (<c>WSR301</c>), none on a non-proxy one (<c>WSR302</c>),
    /// or a route rule (<c>WSR101</c>-<c>WSR104</c>), integration rule (<c>WSR2xx</c>) or response rule (<c>WSR3xx</c>).
    /// </exception>
    public TwoWayRoute(Construct scope, string id, TwoWayRouteProps props) : base(scope, id, props, twoWay: true)
    {
        var responses = props.IntegrationResponses ?? [];
        var type = Integration.Type;
        if (type.IsProxy() && responses.Count > 0)
            throw Check.Fail(this, Rules.NoResponsesOnProxy, $"The route's integration is {type.ToTerraform()}: the backend's answer is sent back as is, and integration responses are not allowed.");
        if (!type.IsProxy() && responses.Count == 0 && props.Integration is not ExistingIntegration && !Api.HasResponses(IntegrationId))
            throw Check.Fail(this, Rules.TwoWayNeedsResponses, $"The route's integration is {type.ToTerraform()} (non-proxy) and has no integration responses.");

        RouteResponse = new Apigatewayv2RouteResponse(this, "RouteResponse", new Apigatewayv2RouteResponseConfig
        {
            ApiId = Api.ApiId,
            RouteId = RouteId,
            RouteResponseKey = ResponseKey,
            ResponseModels = ModelNames(props.ResponseModels),
            ModelSelectionExpression = TerraformText.EscapeOrNull(props.ResponseModelSelectionExpression),
        });
        RouteResponseId = RouteResponse.Id;
        Api.TrackDeployable(RouteResponse);
        if (props.Import?.RouteResponseId is { } routeResponseId)
            RouteResponse.ImportFrom($"{ImportableApiId()}/{props.Import.RouteId}/{routeResponseId}");

        if (responses.Count > 0)
            IntegrationResponses = new IntegrationResponseSet(this, "IntegrationResponses", new IntegrationResponseSetProps
            {
                Api = Api,
                Integration = Integration,
                Responses = responses,
                IntegrationImportId = props.Import?.IntegrationId,
            });
    }

    /// <summary>The <c>$default</c> route response (escape hatch).</summary>
    public Apigatewayv2RouteResponse RouteResponse { get; }

    /// <summary>The route response id (a token).</summary>
    public string RouteResponseId { get; }

    /// <summary>The integration responses, or null for proxy integrations (and existing integrations given none).</summary>
    public IntegrationResponseSet? IntegrationResponses { get; }

    internal override Dictionary<string, string> OutputAttributes()
    {
        var attributes = base.OutputAttributes();
        attributes["route_response_id"] = RouteResponseId;
        attributes["route_response_key"] = ResponseKey;
        return attributes;
    }
}
