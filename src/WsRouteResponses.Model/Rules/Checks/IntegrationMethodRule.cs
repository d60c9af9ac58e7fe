namespace WsRouteResponses.Model.Checks;

/// <summary>Checks <see cref="Rules.IntegrationMethod"/>.</summary>
public sealed class IntegrationMethodRule : ElementRule<IntegrationDefinition>
{
    /// <summary>An integration method is an HTTP method.</summary>
    internal static readonly Rule Definition = new("WSR208", RuleSeverity.Error,
        "use an HTTP method: GET, POST, PUT, DELETE, PATCH, HEAD, OPTIONS or ANY (Lambda integrations use POST).",
        "API Gateway CreateIntegration: IntegrationMethod");

    /// <inheritdoc />
    public override Rule Rule => Definition;

    /// <inheritdoc />
    public override IEnumerable<string> Check(IntegrationDefinition integration, IConfigurationView view)
    {
        if (integration.Method?.Value is { } method && method is not ("GET" or "POST" or "PUT" or "DELETE" or "PATCH" or "HEAD" or "OPTIONS" or "ANY"))
            yield return $"The integration method \"{method}\" is not one API Gateway integrations accept.";
    }
}
