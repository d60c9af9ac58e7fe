namespace WsRouteResponses;

/// <summary>Which <c>aws_lambda_permission</c> a Lambda integration gets, letting API Gateway invoke the function.</summary>
public enum InvokePermission
{
    /// <summary>
    /// One per route, source ARN <c>&lt;execution_arn&gt;/*/&lt;route key&gt;</c>: least privilege. Each is a
    /// statement in the function's resource policy, which holds 20 KB (about 50 such statements; warning <c>WSR204</c>).
    /// </summary>
    PerRoute,

    /// <summary>One per integration and API, source ARN <c>&lt;execution_arn&gt;/*/*</c>: any route of this API, for functions behind many routes.</summary>
    PerApi,

    /// <summary>None: the permission is managed elsewhere (warning <c>WSR210</c>, a function without one, is then not reported).</summary>
    None,
}
