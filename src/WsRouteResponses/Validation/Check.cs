using System.Globalization;
using Constructs;
using HashiCorp.Cdktf;

namespace WsRouteResponses.Validation;

/// <summary>Reports broken rules against a construct: errors throw, warnings become cdktf annotations.</summary>
internal static class Check
{
    /// <summary>The exception to throw for <paramref name="rule"/> on <paramref name="construct"/>.</summary>
    public static WebSocketRuleException Fail(IConstruct construct, Rule rule, string problem) =>
        new(rule, construct is Internal.ILocated located ? located.Location.Path : construct.Node.Path, problem);

    /// <summary>The exception to throw for <paramref name="rule"/> at <paramref name="location"/>.</summary>
    public static WebSocketRuleException Fail(Internal.Location location, Rule rule, string problem) => new(rule, location.Path, problem);

    /// <summary>Adds a warning annotation; cdktf prints it with the construct path.</summary>
    public static void Warn(IConstruct construct, Rule rule, string problem) =>
        Annotations.Of(construct).AddWarning(rule.Message(problem));

    /// <summary>Throws <see cref="Rules.TemplateSize"/> when a mapping template is over 300 KB.</summary>
    /// <param name="location">Where the templates are given.</param>
    /// <param name="templates">Templates by template key.</param>
    /// <param name="owner">Whose templates, e.g. "integration request".</param>
    public static void TemplateSizes(Internal.Location location, IReadOnlyDictionary<string, string>? templates, string owner)
    {
        if (templates is null) return;
        foreach (var (key, template) in templates)
        {
            var bytes = System.Text.Encoding.UTF8.GetByteCount(template);
            if (bytes > MaxTemplateBytes)
                throw Fail(location, Rules.TemplateSize, string.Create(CultureInfo.InvariantCulture, $"The mapping template \"{key}\" of the {owner} is {bytes:N0} bytes; API Gateway accepts at most {MaxTemplateBytes:N0}."));
        }
    }

    private const int MaxTemplateBytes = 300 * 1024;
}
