
namespace WsRouteResponses;

/// <summary>An AWS service action (<c>AWS</c>), such as SQS SendMessage or DynamoDB PutItem, called with an IAM role.</summary>
public sealed class AwsServiceIntegration : WebSocketIntegration
{
    private readonly AwsServiceIntegrationProps _props;

    /// <summary>Calls the service action of <paramref name="props"/>.</summary>
    public AwsServiceIntegration(AwsServiceIntegrationProps props)
        : base(IntegrationType.Aws, props ?? throw new ArgumentNullException(nameof(props))) => _props = props;

    private protected override void Configure(Apigatewayv2IntegrationConfig config, string routePath)
    {
        config.IntegrationUri = _props.Uri ?? throw new ArgumentNullException(nameof(AwsServiceIntegrationProps.Uri), $"[{routePath}] AwsServiceIntegrationProps.Uri is null; give the service action URI.");
        config.IntegrationMethod = _props.Method;
        config.CredentialsArn = _props.CredentialsRoleArn ?? throw new ArgumentNullException(nameof(AwsServiceIntegrationProps.CredentialsRoleArn), $"[{routePath}] AwsServiceIntegrationProps.CredentialsRoleArn is null; an AWS integration without credentials fails with 500.");
    }
}

/// <summary>An HTTP endpoint, non-proxy (<c>HTTP</c>): templates shape the request, integration responses keyed by status code shape the answer.</summary>
public sealed class HttpIntegration : WebSocketIntegration
{
    private readonly HttpIntegrationProps _props;

    /// <summary>Calls the endpoint of <paramref name="props"/>.</summary>
    public HttpIntegration(HttpIntegrationProps props)
        : base(IntegrationType.Http, props ?? throw new ArgumentNullException(nameof(props))) => _props = props;

    private protected override void Configure(Apigatewayv2IntegrationConfig config, string routePath) =>
        HttpEndpoint.Configure(config, $"[{routePath}] {nameof(HttpIntegrationProps)}", _props.Uri, _props.Method, _props.VpcLinkId);
}

/// <summary>An HTTP endpoint whose answer goes back as is (<c>HTTP_PROXY</c>). Integration responses are not allowed (rule <c>WSR301</c>).</summary>
public sealed class HttpProxyIntegration : WebSocketIntegration
{
    private readonly HttpProxyIntegrationProps _props;

    /// <summary>Proxies to the endpoint of <paramref name="props"/>.</summary>
    public HttpProxyIntegration(HttpProxyIntegrationProps props)
        : base(IntegrationType.HttpProxy, props ?? throw new ArgumentNullException(nameof(props))) => _props = props;

    private protected override void Configure(Apigatewayv2IntegrationConfig config, string routePath) =>
        HttpEndpoint.Configure(config, $"[{routePath}] {nameof(HttpProxyIntegrationProps)}", _props.Uri, _props.Method, _props.VpcLinkId);
}

/// <summary>No backend (<c>MOCK</c>): API Gateway answers from the integration responses, e.g. a ping/pong route.</summary>
public sealed class MockIntegration : WebSocketIntegration
{
    private const int DefaultStatusCode = 200;

    /// <summary>A mock integration.</summary>
    /// <param name="props">Settings. Default: answers with status 200.</param>
    /// <exception cref="ArgumentException">Both <see cref="MockIntegrationProps.StatusCode"/> and request templates are given, or the status code is outside 100..599.</exception>
    public MockIntegration(MockIntegrationProps? props = null)
        : base(IntegrationType.Mock, props ??= new MockIntegrationProps())
    {
        if (props.StatusCode is not null && props.RequestTemplates is not null)
            throw new ArgumentException("Give either StatusCode or RequestTemplates: with request templates, the templates decide the mock's status code.", nameof(props));
        if (props.StatusCode is < 100 or > 599)
            throw new ArgumentOutOfRangeException(nameof(props), props.StatusCode, "StatusCode must be an HTTP status code, 100 to 599.");
    }

    // A mock's status code comes from its request template; without one, nothing selects a response.
    private protected override IReadOnlyDictionary<string, string>? RequestTemplates(TransformingIntegrationProps props) =>
        props.RequestTemplates ?? new Dictionary<string, string> { ["$default"] = $"{{\"statusCode\": {((MockIntegrationProps)props).StatusCode ?? DefaultStatusCode}}}" };

    private protected override string? TemplateSelectionExpression(TransformingIntegrationProps props) =>
        props.TemplateSelectionExpression ?? (props.RequestTemplates is null ? "\\$default" : null);
}

/// <summary>What both HTTP kinds write.</summary>
internal static class HttpEndpoint
{
    // props: the route's construct path and the props' type, which errors name.
    public static void Configure(Apigatewayv2IntegrationConfig config, string props, string uri, string method, string? vpcLinkId)
    {
        config.IntegrationUri = uri ?? throw new ArgumentNullException(nameof(uri), $"{props}.Uri is null; give the endpoint's full URL, e.g. https://backend.example.com/messages.");
        config.IntegrationMethod = method ?? throw new ArgumentNullException(nameof(method), $"{props}.Method is null; leave it unset for POST.");
        if (vpcLinkId is not null)
        {
            config.ConnectionType = "VPC_LINK";
            config.ConnectionId = vpcLinkId;
        }
    }
}
