namespace WsRouteResponses.Model.Checks;

/// <summary>Checks <see cref="Rules.RouteSelectionExpression"/>.</summary>
public sealed partial class RouteSelectionExpressionRule : ElementRule<ApiDefinition>
{
    /// <inheritdoc />
    public override Rule Rule => Rules.RouteSelectionExpression;

    /// <inheritdoc />
    public override IEnumerable<string> Check(ApiDefinition api, IConfigurationView view)
    {
        if (api.IsAttached || api.ProtocolType?.Is("WEBSOCKET") != true) yield break;
        if (api.RouteSelectionExpression is null)
            yield return "The WebSocket API has no route_selection_expression, so the provider's default, the HTTP one \"$request.method $request.path\", applies.";
        else if (api.RouteSelectionExpression.Value.Value is { } expression && !SelectsFromBody(expression))
            yield return $"\"{expression}\" does not select from the message body.";
    }

    // $request.body.<path>, or braces with text around them (the guide's example: ${request.body.version}-beta).
    private static bool SelectsFromBody(string expression) =>
        (expression.StartsWith("$request.body.", StringComparison.Ordinal) && expression.Length > "$request.body.".Length)
        || BracedBodySelection().IsMatch(expression);

    [System.Text.RegularExpressions.GeneratedRegex(@"\$\{request\.body\.[^{}]+\}")]
    private static partial System.Text.RegularExpressions.Regex BracedBodySelection();
}
