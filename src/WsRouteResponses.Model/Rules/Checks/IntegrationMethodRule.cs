namespace WsRouteResponses.Model.Checks;

/// <summary>Checks <see cref="Rules.IntegrationMethod"/>.</summary>
public sealed class IntegrationMethodRule : ElementRule<IntegrationDefinition>
{
    /// <inheritdoc />
    public override Rule Rule => Rules.IntegrationMethod;

    /// <inheritdoc />
    public override IEnumerable<string> Check(IntegrationDefinition integration, IConfigurationView view)
    {
        if (integration.Method?.Value is { } method && method is not ("GET" or "POST" or "PUT" or "DELETE" or "PATCH" or "HEAD" or "OPTIONS" or "ANY"))
            yield return $"The integration method \"{method}\" is not one API Gateway integrations accept.";
    }
}
