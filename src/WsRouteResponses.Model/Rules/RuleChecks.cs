using WsRouteResponses.Model.Checks;

namespace WsRouteResponses.Model;

/// <summary>The code of every rule of <see cref="Rules"/> that can be seen in the model, in the order the constructs run them.</summary>
public static class RuleChecks
{
    /// <summary>
    /// All checks. Rules that only concern how the constructs are used (<c>WSR302</c>'s empty set,
    /// <c>WSR308</c>, <c>WSR601</c>) are checked by the constructs themselves and have no entry (the files
    /// of the last two in <c>Rules/Checks/</c> hold only their definition).
    /// </summary>
    public static IReadOnlyList<WebSocketRule> All { get; } =
    [
        new RouteKeyRule(), new DuplicateRouteKeyRule(), new CustomAuthorizerRule(), new AuthorizationOnConnectOnlyRule(), new RouteQuotaRule(),
        new TwoWayDisconnectRule(), new RouteResponseModelSelectionRule(), new HalfTwoWayRule(), new RouteResponseKeyRule(), new OneRouteResponseRule(),
        new RouteTargetRule(), new RouteWithoutTargetRule(),
        new IntegrationTimeoutRule(), new IntegrationQuotaRule(), new TemplateSizeRule(), new LambdaPolicySizeRule(), new TemplateSelectionDefaultRule(),
        new TemplateLengthRule(), new HttpUriRule(), new IntegrationMethodRule(), new PermissionScopeRule(), new LambdaInvokePermissionRule(),
        new NoResponsesOnProxyRule(), new TwoWayNeedsResponsesRule(), new DefaultResponseRule(), new ResponsesOnOneWayRouteRule(), new ResponseKeyRule(),
        new DuplicateResponseKeyRule(), new LambdaResponseKeysRule(), new ResponseIntegrationRule(),
        new ModelNameRule(), new ModelSchemaRule(),
        new RouteSelectionExpressionRule(), new StageNameRule(), new DeploymentNeedsRouteRule(), new StageQuotaRule(), new LoggingRoleRule(),
        new ThrottledToZeroRule(), new DeploymentTriggersRule(),
    ];

    /// <summary>Every finding of every rule in <paramref name="view"/>.</summary>
    public static IEnumerable<Finding> CheckAll(IConfigurationView view) => All.SelectMany(r => r.CheckAll(view));
}
