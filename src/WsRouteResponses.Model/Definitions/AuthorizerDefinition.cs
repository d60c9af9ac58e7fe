namespace WsRouteResponses.Model;

/// <summary>An <c>aws_apigatewayv2_authorizer</c>: for WebSocket APIs, a REQUEST Lambda authorizer used by the <c>$connect</c> route.</summary>
public sealed record AuthorizerDefinition : Definition
{
    /// <summary><c>authorizer_type</c>: REQUEST for WebSocket APIs.</summary>
    public required ModelText AuthorizerType { get; init; }

    /// <summary><c>authorizer_uri</c>: the Lambda function's invoke ARN (or a reference to it).</summary>
    public ModelText? AuthorizerUri { get; init; }

    /// <summary><c>identity_sources</c>, e.g. <c>route.request.header.Auth</c>, <c>route.request.querystring.token</c>.</summary>
    public IReadOnlyList<string> IdentitySources { get; init; } = [];
}
