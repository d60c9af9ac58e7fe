namespace WsRouteResponses.Model.Checks;

/// <summary>Checks <see cref="Rules.RouteSelectionExpression"/>.</summary>
public sealed class RouteSelectionExpressionRule : ElementRule<ApiDefinition>
{
    /// <summary>WebSocket route selection expressions select from the message body.</summary>
    internal static readonly Rule Definition = new("WSR501", RuleSeverity.Error,
        "use $request.body.<json path>, e.g. the default $request.body.action.",
        "API Gateway developer guide: WebSocket route selection expressions");

    /// <inheritdoc />
    public override Rule Rule => Definition;

    /// <inheritdoc />
    public override IEnumerable<string> Check(ApiDefinition api, IConfigurationView view)
    {
        if (api.IsAttached || api.ProtocolType?.Is("WEBSOCKET") != true) yield break;
        if (api.RouteSelectionExpression is null)
            yield return "The WebSocket API has no route_selection_expression, so the provider's default, the HTTP one \"$request.method $request.path\", applies.";
        else if (api.RouteSelectionExpression.Value.Value is { } expression && !SelectsFromBody(expression))
            yield return $"\"{expression}\" does not select from the message body.";
    }

    private static bool SelectsFromBody(string expression) =>
        (expression.StartsWith(SelectionExpressionSyntax.BodyPrefix, StringComparison.Ordinal) && expression.Length > SelectionExpressionSyntax.BodyPrefix.Length)
        || SelectionExpressionSyntax.BracedBodyReference().IsMatch(expression);
}
