namespace WsRouteResponses.Model.Checks;

/// <summary>Checks <see cref="Rules.AuthorizationOnConnectOnly"/>.</summary>
public sealed class AuthorizationOnConnectOnlyRule : ElementRule<RouteDefinition>
{
    /// <summary>Authorization and API keys apply only to the <c>$connect</c> route.</summary>
    internal static readonly Rule Definition = new("WSR103", RuleSeverity.Error,
        "set Authorization, AuthorizerId and ApiKeyRequired only on the $connect route: a WebSocket connection is authorized once, when it opens.",
        "API Gateway developer guide: WebSocket $connect route",
        TerraformFix: "set authorization_type, authorizer_id and api_key_required only on the $connect route: a WebSocket connection is authorized once, when it opens.");

    /// <inheritdoc />
    public override Rule Rule => Definition;

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
