namespace WsRouteResponses.Model;

/// <summary>An <c>aws_apigatewayv2_deployment</c>.</summary>
public sealed record DeploymentDefinition : Definition
{
    /// <summary>The addresses of the resources the <c>triggers</c> refer to, sorted: a change to one of them replaces the deployment.</summary>
    public IReadOnlyList<string> TriggersCover { get; init; } = [];
}
