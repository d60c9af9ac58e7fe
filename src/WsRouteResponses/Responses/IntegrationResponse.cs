
namespace WsRouteResponses;

/// <summary>One integration response: what API Gateway sends back when the integration's answer matches <see cref="Key"/>.</summary>
public sealed class IntegrationResponse
{
    /// <summary>When this response applies. Required.</summary>
    public required IntegrationResponseKey Key { get; init; }

    /// <summary>
    /// Response mapping templates by template key (a value of <see cref="TemplateSelectionExpression"/>, or
    /// <c>$default</c>). Written as API Gateway sees them; the library escapes Terraform's <c>${</c> and
    /// <c>%{</c>. Each at most 300 KB (rule <c>WSR203</c>). Default: none (the answer is sent back unchanged).
    /// </summary>
    public IReadOnlyDictionary<string, string>? Templates { get; init; }

    /// <summary>Picks the response template, e.g. <c>\$default</c> or <c>${integration.response.statuscode}</c>. Default: unset.</summary>
    public string? TemplateSelectionExpression { get; init; }

    /// <summary>Text/binary conversion of the answer. Default: unset, passed through unchanged.</summary>
    public ContentHandling? ContentHandling { get; init; }

    /// <summary>The id of an existing integration response to adopt with a Terraform import block. Default: none (create it).</summary>
    public string? ImportId { get; init; }

    /// <summary>
    /// A response with one template that always applies: template key <c>$default</c> selected by the
    /// expression <c>\$default</c> (the console flow of the AWS guide).
    /// </summary>
    /// <param name="key">When the response applies.</param>
    /// <param name="template">The response mapping template.</param>
    public static IntegrationResponse WithTemplate(IntegrationResponseKey key, string template) => new()
    {
        Key = key,
        Templates = new Dictionary<string, string> { ["$default"] = template },
        TemplateSelectionExpression = "\\$default",
    };
}
