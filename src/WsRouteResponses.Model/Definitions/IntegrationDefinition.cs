namespace WsRouteResponses.Model;

/// <summary>An <c>aws_apigatewayv2_integration</c> (or, from the constructs, an existing one declared with its type).</summary>
public sealed record IntegrationDefinition : Definition
{
    /// <summary><c>integration_type</c>: AWS, AWS_PROXY, HTTP, HTTP_PROXY or MOCK.</summary>
    public required ModelText Type { get; init; }

    /// <summary>
    /// Whether this is an integration that exists only in AWS, which the constructs know by id and type
    /// (<c>ExistingIntegration.FromId</c>); Terraform JSON does not describe it.
    /// </summary>
    public bool IsDeclaredOnly { get; init; }

    /// <summary>The address of a declared-only integration (<see cref="IsDeclaredOnly"/>) with id <paramref name="id"/>.</summary>
    public static string DeclaredAddress(string id) => "integration-id:" + id;

    /// <summary><c>integration_uri</c>.</summary>
    public ModelText? Uri { get; init; }

    /// <summary><c>integration_method</c>.</summary>
    public ModelText? Method { get; init; }

    /// <summary><c>request_templates</c>: template key to mapping template.</summary>
    public IReadOnlyDictionary<string, ModelText>? RequestTemplates { get; init; }

    /// <summary><c>template_selection_expression</c>.</summary>
    public ModelText? TemplateSelectionExpression { get; init; }

    /// <summary><c>passthrough_behavior</c>.</summary>
    public ModelText? PassthroughBehavior { get; init; }

    /// <summary><c>timeout_milliseconds</c>, or null when unset or unknown.</summary>
    public double? TimeoutMilliseconds { get; init; }

    /// <summary><c>content_handling_strategy</c>.</summary>
    public ModelText? ContentHandling { get; init; }

    /// <summary><c>request_parameters</c>.</summary>
    public IReadOnlyDictionary<string, ModelText>? RequestParameters { get; init; }

    /// <summary><c>credentials_arn</c>.</summary>
    public ModelText? CredentialsArn { get; init; }

    /// <summary>Whether the type is a proxy one (AWS_PROXY, HTTP_PROXY), which has no integration responses.</summary>
    public bool IsProxy => Type.Value is "AWS_PROXY" or "HTTP_PROXY";

    /// <summary>
    /// Whether a Lambda function is invoked without proxy (type AWS, URI a Lambda invoke ARN or a reference
    /// to one): its responses are selected by error message, not status code.
    /// </summary>
    public bool IsLambdaNonProxy => Type.Is("AWS") && Uri is { } uri &&
        ((uri.Value?.Contains(":lambda:path/", StringComparison.Ordinal) ?? false) || (uri.Reference?.EndsWith(".invoke_arn", StringComparison.Ordinal) ?? false));
}
