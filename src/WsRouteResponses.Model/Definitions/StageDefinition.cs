namespace WsRouteResponses.Model;

/// <summary>An <c>aws_apigatewayv2_stage</c>.</summary>
public sealed record StageDefinition : Definition
{
    /// <summary><c>name</c>.</summary>
    public required ModelText Name { get; init; }

    /// <summary><c>auto_deploy</c>: false when absent (the provider's default), null when known only at apply.</summary>
    public bool? AutoDeploy { get; init; }

    /// <summary>
    /// The address of the deployment of <c>deployment_id</c>, also when an expression names it
    /// (<c>try(aws_apigatewayv2_deployment.d[0].id, null)</c>); null when it names none or several.
    /// </summary>
    public string? Deployment { get; init; }

    /// <summary><c>default_route_settings</c>, or null when the block is absent.</summary>
    public RouteSettings? DefaultRouteSettings { get; init; }

    /// <summary>The <c>route_settings</c> blocks, one per route they set; empty when there are none.</summary>
    public IReadOnlyList<RouteSettings> PerRouteSettings { get; init; } = [];

    /// <summary><c>stage_variables</c>: name to value; null when absent.</summary>
    public IReadOnlyDictionary<string, ModelText>? Variables { get; init; }

    /// <summary>Addresses of <c>depends_on</c>.</summary>
    public IReadOnlyList<string> DependsOn { get; init; } = [];
}
