namespace WsRouteResponses.Model.Checks;

/// <summary>Checks <see cref="Rules.CustomAuthorizer"/>.</summary>
public sealed class CustomAuthorizerRule : ElementRule<RouteDefinition>
{
    /// <summary>A custom (Lambda) authorizer needs its id, and an authorizer id needs custom authorization.</summary>
    internal static readonly Rule Definition = new("WSR105", RuleSeverity.Error,
        "set Authorization = RouteAuthorization.Custom together with AuthorizerId (the id of an aws_apigatewayv2_authorizer), or neither.",
        "API Gateway CreateRoute: AuthorizerId",
        TerraformFix: "set authorization_type = \"CUSTOM\" together with authorizer_id (the id of an aws_apigatewayv2_authorizer), or neither.");

    /// <inheritdoc />
    public override Rule Rule => Definition;

    /// <inheritdoc />
    public override IEnumerable<string> Check(RouteDefinition route, IConfigurationView view)
    {
        var custom = route.AuthorizationType?.Is("CUSTOM") == true;
        if (custom && route.AuthorizerId is null)
            yield return "authorization_type is CUSTOM but no authorizer_id is given.";
        else if (!custom && route.AuthorizerId?.IsSet == true && route.AuthorizationType?.IsKnown != false)
            yield return $"authorizer_id is given but authorization_type is {route.AuthorizationType?.Value ?? "unset"}.";
    }
}
