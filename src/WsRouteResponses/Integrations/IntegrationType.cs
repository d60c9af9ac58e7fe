namespace WsRouteResponses;

/// <summary>The kind of backend an integration calls (<c>integration_type</c>).</summary>
public enum IntegrationType
{
    /// <summary><c>AWS_PROXY</c>: Lambda proxy. The function's return value goes back as is; no integration responses.</summary>
    AwsProxy,

    /// <summary><c>AWS</c>: Lambda non-proxy or another AWS service action; answers are shaped by integration responses.</summary>
    Aws,

    /// <summary><c>HTTP</c>: an HTTP endpoint, non-proxy; answers are shaped by integration responses.</summary>
    Http,

    /// <summary><c>HTTP_PROXY</c>: an HTTP endpoint whose answer goes back as is; no integration responses.</summary>
    HttpProxy,

    /// <summary><c>MOCK</c>: no backend; API Gateway answers from the integration responses.</summary>
    Mock,
}

/// <summary>What the library needs to know of each <see cref="IntegrationType"/>.</summary>
public static class IntegrationTypeExtensions
{
    /// <summary>The provider's value: <c>AWS_PROXY</c>, <c>AWS</c>, <c>HTTP</c>, <c>HTTP_PROXY</c> or <c>MOCK</c>.</summary>
    public static string ToTerraform(this IntegrationType type) => type switch
    {
        IntegrationType.AwsProxy => "AWS_PROXY",
        IntegrationType.Aws => "AWS",
        IntegrationType.Http => "HTTP",
        IntegrationType.HttpProxy => "HTTP_PROXY",
        IntegrationType.Mock => "MOCK",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>Reads the provider's value back; the inverse of <see cref="ToTerraform"/>.</summary>
    /// <exception cref="ArgumentException">The value is not one of the five integration types.</exception>
    public static IntegrationType ParseTerraform(string value)
    {
        foreach (var type in Enum.GetValues<IntegrationType>())
            if (type.ToTerraform() == value) return type;
        throw new ArgumentException($"\"{value}\" is not an integration type (AWS_PROXY, AWS, HTTP, HTTP_PROXY, MOCK).", nameof(value));
    }

    /// <summary>Whether the backend's answer is passed through unchanged (AWS_PROXY, HTTP_PROXY), which rules out integration responses.</summary>
    public static bool IsProxy(this IntegrationType type) => type is IntegrationType.AwsProxy or IntegrationType.HttpProxy;
}
