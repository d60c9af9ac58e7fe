namespace WsRouteResponses.Model.Checks;

/// <summary>Checks <see cref="Rules.AuthorizationOnConnectOnly"/>.</summary>
public sealed class AuthorizationOnConnectOnlyRule : ElementRule<RouteDefinition>
{
    /// <inheritdoc />
    public override Rule Rule => Rules.AuthorizationOnConnectOnly;

    /// <inheritdoc />
    public override IEnumerable<string> Check(RouteDefinition route, IConfigurationView view)
    {
        if (route.RouteKey.Value is not { } key || key == "$connect") yield break;
        var set = new List<string>();
        if (route.AuthorizationType is { Value: { } type } && type != "NONE") set.Add($"authorization_type = {type}");
        if (route.AuthorizerId?.IsSet == true) set.Add("authorizer_id");
        if (route.ApiKeyRequired == true) set.Add("api_key_required = true");
        if (set.Count > 0)
            yield return $"Route \"{key}\" sets {string.Join(", ", set)}, which API Gateway applies only on $connect.";
    }
}
