namespace WsRouteResponses.Model;

/// <summary>An <c>aws_apigatewayv2_stage</c>.</summary>
public sealed record StageDefinition : Definition
{
    /// <summary><c>name</c>.</summary>
    public required ModelText Name { get; init; }

    /// <summary><c>auto_deploy</c>.</summary>
    public bool? AutoDeploy { get; init; }

    /// <summary>The address of the deployment of <c>deployment_id</c>, or null.</summary>
    public string? Deployment { get; init; }

    /// <summary><c>default_route_settings</c>, or null when the block is absent.</summary>
    public RouteSettings? DefaultRouteSettings { get; init; }

    /// <summary>Addresses of <c>depends_on</c>.</summary>
    public IReadOnlyList<string> DependsOn { get; init; } = [];
}

/// <summary>A stage's <c>default_route_settings</c> block.</summary>
public sealed record RouteSettings
{
    /// <summary><c>throttling_rate_limit</c>: the provider sends 0 when it is unset and the block exists.</summary>
    public double? ThrottlingRateLimit { get; init; }

    /// <summary><c>throttling_burst_limit</c>: likewise.</summary>
    public double? ThrottlingBurstLimit { get; init; }

    /// <summary><c>logging_level</c>.</summary>
    public ModelText? LoggingLevel { get; init; }

    /// <summary><c>data_trace_enabled</c>.</summary>
    public bool? DataTraceEnabled { get; init; }

    /// <summary><c>detailed_metrics_enabled</c>.</summary>
    public bool? DetailedMetricsEnabled { get; init; }
}

/// <summary>An <c>aws_apigatewayv2_deployment</c>.</summary>
public sealed record DeploymentDefinition : Definition
{
    /// <summary>The addresses of the resources the <c>triggers</c> refer to, sorted: a change to one of them replaces the deployment.</summary>
    public IReadOnlyList<string> TriggersCover { get; init; } = [];
}

/// <summary>An <c>aws_apigatewayv2_model</c>.</summary>
public sealed record ModelDefinition : Definition
{
    /// <summary><c>name</c>.</summary>
    public required ModelText Name { get; init; }

    /// <summary><c>schema</c>.</summary>
    public required ModelText Schema { get; init; }

    /// <summary><c>content_type</c>.</summary>
    public ModelText? ContentType { get; init; }
}

/// <summary>An <c>aws_lambda_permission</c> for API Gateway.</summary>
public sealed record PermissionDefinition : Definition
{
    /// <summary><c>function_name</c>.</summary>
    public required ModelText FunctionName { get; init; }

    /// <summary><c>principal</c>.</summary>
    public required ModelText Principal { get; init; }

    /// <summary><c>source_arn</c>, or null when absent (any API of any account may invoke).</summary>
    public ModelText? SourceArn { get; init; }

    /// <summary>What follows the API's execution ARN in <see cref="SourceArn"/> (<c>/*/ping</c>), or null when it does not start with one.</summary>
    public string? SourceArnPath { get; init; }
}
