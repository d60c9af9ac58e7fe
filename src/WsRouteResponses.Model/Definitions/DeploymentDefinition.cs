namespace WsRouteResponses.Model;

/// <summary>An <c>aws_apigatewayv2_deployment</c>.</summary>
public sealed record DeploymentDefinition : Definition
{
    /// <summary>
    /// The addresses of the resources the <c>triggers</c> refer to, sorted: a change to one of them replaces
    /// the deployment. Null when the triggers are an expression that names none (a variable): unknown.
    /// </summary>
    public IReadOnlyList<string>? TriggersCover { get; init; } = [];
}
