using WsRouteResponses.Model.Checks;

namespace WsRouteResponses;

/// <summary>
/// Every API Gateway WebSocket rule: the constructs enforce them at synth time and <c>check</c> on any
/// Terraform JSON. Each rule is defined in one file with its check, <c>Rules/Checks/&lt;Name&gt;Rule.cs</c>
/// (the checks are listed by <see cref="Model.RuleChecks"/>); this is the catalogue of them.
/// Ids are stable: WSR1xx routes, WSR2xx integrations and permissions, WSR3xx integration responses,
/// WSR4xx models, WSR5xx API and stage, WSR6xx adoption.
/// </summary>
public static class Rules
{
    // WSR1xx: routes.
    /// <inheritdoc cref="RouteKeyRule.Definition" />
    public static readonly Rule RouteKey = RouteKeyRule.Definition;

    /// <inheritdoc cref="DuplicateRouteKeyRule.Definition" />
    public static readonly Rule DuplicateRouteKey = DuplicateRouteKeyRule.Definition;

    /// <inheritdoc cref="AuthorizationOnConnectOnlyRule.Definition" />
    public static readonly Rule AuthorizationOnConnectOnly = AuthorizationOnConnectOnlyRule.Definition;

    /// <inheritdoc cref="RouteQuotaRule.Definition" />
    public static readonly Rule RouteQuota = RouteQuotaRule.Definition;

    /// <inheritdoc cref="CustomAuthorizerRule.Definition" />
    public static readonly Rule CustomAuthorizer = CustomAuthorizerRule.Definition;

    /// <inheritdoc cref="TwoWayDisconnectRule.Definition" />
    public static readonly Rule TwoWayDisconnect = TwoWayDisconnectRule.Definition;

    /// <inheritdoc cref="RouteResponseModelSelectionRule.Definition" />
    public static readonly Rule RouteResponseModelSelection = RouteResponseModelSelectionRule.Definition;

    /// <inheritdoc cref="HalfTwoWayRule.Definition" />
    public static readonly Rule HalfTwoWay = HalfTwoWayRule.Definition;

    /// <inheritdoc cref="RouteResponseKeyRule.Definition" />
    public static readonly Rule RouteResponseKey = RouteResponseKeyRule.Definition;

    /// <inheritdoc cref="OneRouteResponseRule.Definition" />
    public static readonly Rule OneRouteResponse = OneRouteResponseRule.Definition;

    /// <inheritdoc cref="RouteTargetRule.Definition" />
    public static readonly Rule RouteTarget = RouteTargetRule.Definition;

    /// <inheritdoc cref="RouteWithoutTargetRule.Definition" />
    public static readonly Rule RouteWithoutTarget = RouteWithoutTargetRule.Definition;

    // WSR2xx: integrations and permissions.
    /// <inheritdoc cref="IntegrationTimeoutRule.Definition" />
    public static readonly Rule IntegrationTimeout = IntegrationTimeoutRule.Definition;

    /// <inheritdoc cref="IntegrationQuotaRule.Definition" />
    public static readonly Rule IntegrationQuota = IntegrationQuotaRule.Definition;

    /// <inheritdoc cref="TemplateSizeRule.Definition" />
    public static readonly Rule TemplateSize = TemplateSizeRule.Definition;

    /// <inheritdoc cref="LambdaPolicySizeRule.Definition" />
    public static readonly Rule LambdaPolicySize = LambdaPolicySizeRule.Definition;

    /// <inheritdoc cref="TemplateSelectionDefaultRule.Definition" />
    public static readonly Rule TemplateSelectionDefault = TemplateSelectionDefaultRule.Definition;

    /// <inheritdoc cref="TemplateLengthRule.Definition" />
    public static readonly Rule TemplateLength = TemplateLengthRule.Definition;

    /// <inheritdoc cref="HttpUriRule.Definition" />
    public static readonly Rule HttpUri = HttpUriRule.Definition;

    /// <inheritdoc cref="IntegrationMethodRule.Definition" />
    public static readonly Rule IntegrationMethod = IntegrationMethodRule.Definition;

    /// <inheritdoc cref="PermissionScopeRule.Definition" />
    public static readonly Rule PermissionScope = PermissionScopeRule.Definition;

    /// <inheritdoc cref="LambdaInvokePermissionRule.Definition" />
    public static readonly Rule LambdaInvokePermission = LambdaInvokePermissionRule.Definition;

    // WSR3xx: integration responses.
    /// <inheritdoc cref="NoResponsesOnProxyRule.Definition" />
    public static readonly Rule NoResponsesOnProxy = NoResponsesOnProxyRule.Definition;

    /// <inheritdoc cref="TwoWayNeedsResponsesRule.Definition" />
    public static readonly Rule TwoWayNeedsResponses = TwoWayNeedsResponsesRule.Definition;

    /// <inheritdoc cref="DefaultResponseRule.Definition" />
    public static readonly Rule DefaultResponse = DefaultResponseRule.Definition;

    /// <inheritdoc cref="ResponsesOnOneWayRouteRule.Definition" />
    public static readonly Rule ResponsesOnOneWayRoute = ResponsesOnOneWayRouteRule.Definition;

    /// <inheritdoc cref="ResponseKeyRule.Definition" />
    public static readonly Rule ResponseKey = ResponseKeyRule.Definition;

    /// <inheritdoc cref="DuplicateResponseKeyRule.Definition" />
    public static readonly Rule DuplicateResponseKey = DuplicateResponseKeyRule.Definition;

    /// <inheritdoc cref="LambdaResponseKeysRule.Definition" />
    public static readonly Rule LambdaResponseKeys = LambdaResponseKeysRule.Definition;

    /// <inheritdoc cref="ResponsesDefinedOnceRule.Definition" />
    public static readonly Rule ResponsesDefinedOnce = ResponsesDefinedOnceRule.Definition;

    /// <inheritdoc cref="ResponseIntegrationRule.Definition" />
    public static readonly Rule ResponseIntegration = ResponseIntegrationRule.Definition;

    // WSR4xx: models.
    /// <inheritdoc cref="ModelNameRule.Definition" />
    public static readonly Rule ModelName = ModelNameRule.Definition;

    /// <inheritdoc cref="ModelSchemaRule.Definition" />
    public static readonly Rule ModelSchema = ModelSchemaRule.Definition;

    // WSR5xx: API and stage.
    /// <inheritdoc cref="RouteSelectionExpressionRule.Definition" />
    public static readonly Rule RouteSelectionExpression = RouteSelectionExpressionRule.Definition;

    /// <inheritdoc cref="StageNameRule.Definition" />
    public static readonly Rule StageName = StageNameRule.Definition;

    /// <inheritdoc cref="DeploymentNeedsRouteRule.Definition" />
    public static readonly Rule DeploymentNeedsRoute = DeploymentNeedsRouteRule.Definition;

    /// <inheritdoc cref="StageQuotaRule.Definition" />
    public static readonly Rule StageQuota = StageQuotaRule.Definition;

    /// <inheritdoc cref="LoggingRoleRule.Definition" />
    public static readonly Rule LoggingRole = LoggingRoleRule.Definition;

    /// <inheritdoc cref="ThrottledToZeroRule.Definition" />
    public static readonly Rule ThrottledToZero = ThrottledToZeroRule.Definition;

    /// <inheritdoc cref="DeploymentTriggersRule.Definition" />
    public static readonly Rule DeploymentTriggers = DeploymentTriggersRule.Definition;

    // WSR6xx: adoption.
    /// <inheritdoc cref="ImportRule.Definition" />
    public static readonly Rule Import = ImportRule.Definition;

    /// <summary>All rules, in id order (the README's rule table).</summary>
    public static IReadOnlyList<Rule> All { get; } =
    [
        RouteKey, DuplicateRouteKey, AuthorizationOnConnectOnly, RouteQuota, CustomAuthorizer, TwoWayDisconnect, RouteResponseModelSelection,
        HalfTwoWay, RouteResponseKey, OneRouteResponse, RouteTarget, RouteWithoutTarget,
        IntegrationTimeout, IntegrationQuota, TemplateSize, LambdaPolicySize, TemplateSelectionDefault, TemplateLength, HttpUri, IntegrationMethod, PermissionScope,
        LambdaInvokePermission,
        NoResponsesOnProxy, TwoWayNeedsResponses, DefaultResponse, ResponsesOnOneWayRoute, ResponseKey, DuplicateResponseKey, LambdaResponseKeys, ResponsesDefinedOnce,
        ResponseIntegration,
        ModelName, ModelSchema,
        RouteSelectionExpression, StageName, DeploymentNeedsRoute, StageQuota, LoggingRole, ThrottledToZero, DeploymentTriggers,
        Import,
    ];
}
