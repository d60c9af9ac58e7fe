namespace WsRouteResponses.Model.Checks;

/// <summary>Checks <see cref="Rules.CustomAuthorizer"/>.</summary>
public sealed class CustomAuthorizerRule : ElementRule<RouteDefinition>
{
    /// <inheritdoc />
    public override Rule Rule => Rules.CustomAuthorizer;

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
