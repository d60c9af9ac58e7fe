namespace WsRouteResponses;

/// <summary>How the <c>$connect</c> route authorizes a new connection (<c>authorization_type</c>).</summary>
public enum RouteAuthorization
{
    /// <summary><c>NONE</c>: open.</summary>
    None,

    /// <summary><c>AWS_IAM</c>: SigV4-signed connection requests.</summary>
    AwsIam,

    /// <summary><c>CUSTOM</c>: a Lambda authorizer, given by <see cref="WebSocketRouteProps.AuthorizerId"/>.</summary>
    Custom,
}
