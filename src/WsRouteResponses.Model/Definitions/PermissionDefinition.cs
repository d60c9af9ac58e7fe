namespace WsRouteResponses.Model;

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
