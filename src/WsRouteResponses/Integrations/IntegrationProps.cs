namespace WsRouteResponses;

/// <summary>Settings every integration kind has.</summary>
public abstract class IntegrationProps
{
    private protected IntegrationProps() { }

    /// <summary>
    /// A name for the integration, unique in its API. When set, the integration is created at
    /// <c>&lt;api&gt;/Integrations/&lt;Id&gt;</c>, so its Terraform address does not depend on which
    /// routes use it: give one to an integration that several routes share, so that removing the first of
    /// them does not replace it. Default: unset: created under the first route that uses it
    /// (<c>&lt;route&gt;/Integration</c>), as AWS CDK does.
    /// </summary>
    public string? Id { get; init; }

    /// <summary>The integration's description. Default: none.</summary>
    public string? Description { get; init; }

    /// <summary>
    /// How long API Gateway waits for the backend. Must be 50 ms to 29 s for WebSocket APIs
    /// (rule <c>WSR201</c>; the provider does not check it, AWS rejects it at deploy time).
    /// Default: unset, which is 29 s.
    /// </summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>Text/binary conversion of the request payload. Default: unset, passed through unchanged.</summary>
    public ContentHandling? ContentHandling { get; init; }

    /// <summary>
    /// Request parameters for the backend call, e.g. <c>["integration.request.header.Content-Type"] = "'application/x-www-form-urlencoded'"</c>
    /// (SQS) or <c>["integration.request.header.connectionId"] = "context.connectionId"</c>. Default: none.
    /// </summary>
    public IReadOnlyDictionary<string, string>? RequestParameters { get; init; }
}

/// <summary>Settings of the non-proxy kinds (AWS, HTTP, MOCK), whose requests go through mapping templates.</summary>
public abstract class TransformingIntegrationProps : IntegrationProps
{
    private protected TransformingIntegrationProps() { }

    /// <summary>
    /// Request mapping templates by template key (a value of <see cref="TemplateSelectionExpression"/>,
    /// or <c>$default</c>). Written as API Gateway sees them: the library escapes Terraform's
    /// <c>${</c> and <c>%{</c>. Each at most 300 KB (rule <c>WSR203</c>). Default: none.
    /// </summary>
    public IReadOnlyDictionary<string, string>? RequestTemplates { get; init; }

    /// <summary>
    /// Picks the request template, e.g. <c>\$default</c> or <c>${request.body.type}</c>. Written as
    /// API Gateway sees it (escaped for Terraform by the library). Default: unset.
    /// </summary>
    public string? TemplateSelectionExpression { get; init; }

    /// <summary>What happens to a request no template matches. Default: unset (API Gateway uses WHEN_NO_MATCH).</summary>
    public PassthroughBehavior? PassthroughBehavior { get; init; }
}

/// <summary>Settings of the Lambda integrations.</summary>
public interface ILambdaIntegrationProps
{
    /// <summary>The <c>aws_lambda_permission</c>s to create for the function. Default: <see cref="InvokePermission.PerRoute"/>.</summary>
    InvokePermission Permission { get; }
}

/// <summary>Settings of <see cref="LambdaProxyIntegration"/>.</summary>
public sealed class LambdaProxyIntegrationProps : IntegrationProps, ILambdaIntegrationProps
{
    /// <inheritdoc />
    public InvokePermission Permission { get; init; } = InvokePermission.PerRoute;
}

/// <summary>Settings of <see cref="LambdaIntegration"/> (Lambda non-proxy).</summary>
public sealed class LambdaIntegrationProps : TransformingIntegrationProps, ILambdaIntegrationProps
{
    /// <inheritdoc />
    public InvokePermission Permission { get; init; } = InvokePermission.PerRoute;
}

/// <summary>Settings of <see cref="AwsServiceIntegration"/>.</summary>
public sealed class AwsServiceIntegrationProps : TransformingIntegrationProps
{
    /// <summary>The service action URI, e.g. <c>arn:aws:apigateway:us-east-1:sqs:path/123456789012/queue</c>. Required.</summary>
    public required string Uri { get; init; }

    /// <summary>ARN of the IAM role API Gateway assumes to call the service. Required: an AWS integration without credentials fails with 500 at run time.</summary>
    public required string CredentialsRoleArn { get; init; }

    /// <summary>The HTTP method of the service call. Default: <c>POST</c>.</summary>
    public string Method { get; init; } = "POST";
}

/// <summary>Settings of <see cref="HttpIntegration"/> (HTTP, non-proxy).</summary>
public sealed class HttpIntegrationProps : TransformingIntegrationProps
{
    /// <summary>The endpoint URL, e.g. <c>https://example.com/messages</c>. Required.</summary>
    public required string Uri { get; init; }

    /// <summary>The HTTP method. Default: <c>POST</c>.</summary>
    public string Method { get; init; } = "POST";

    /// <summary>Id of a VPC link (<c>aws_api_gateway_vpc_link</c>) to reach a private endpoint. Default: none (the internet).</summary>
    public string? VpcLinkId { get; init; }
}

/// <summary>Settings of <see cref="HttpProxyIntegration"/>.</summary>
public sealed class HttpProxyIntegrationProps : IntegrationProps
{
    /// <summary>The endpoint URL. Required.</summary>
    public required string Uri { get; init; }

    /// <summary>The HTTP method. Default: <c>POST</c>.</summary>
    public string Method { get; init; } = "POST";

    /// <summary>Id of a VPC link (<c>aws_api_gateway_vpc_link</c>) to reach a private endpoint. Default: none (the internet).</summary>
    public string? VpcLinkId { get; init; }
}

/// <summary>Settings of <see cref="MockIntegration"/>.</summary>
public sealed class MockIntegrationProps : TransformingIntegrationProps
{
    /// <summary>
    /// The status code the mock answers with (100 to 599): the library writes the request template
    /// <c>{"statusCode": N}</c> under <c>$default</c> with template selection expression <c>\$default</c>.
    /// Not together with <see cref="TransformingIntegrationProps.RequestTemplates"/>, which then decide the status.
    /// Default: 200 when no request templates are given.
    /// </summary>
    public int? StatusCode { get; init; }
}
