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
        foreach (var (key, template) in templates ?? new Dictionary<string, string>())
        {
            var bytes = System.Text.Encoding.UTF8.GetByteCount(template);
            if (bytes > MaxTemplateBytes)
                throw Fail(location, Rules.TemplateSize, string.Create(CultureInfo.InvariantCulture, $"The mapping template \"{key}\" of the {owner} is {bytes:N0} bytes; API Gateway accepts at most {MaxTemplateBytes:N0}."));
        }
    }

    /// <summary>Warns <see cref="Rules.TemplateLength"/> when a mapping template is over 32,768 characters.</summary>
    /// <param name="warnOn">The construct the warning goes to.</param>
    /// <param name="templates">Templates by template key.</param>
    /// <param name="owner">Whose templates, e.g. "integration request".</param>
    public static void TemplateLengths(IConstruct warnOn, IReadOnlyDictionary<string, string>? templates, string owner)
    {
        foreach (var (key, template) in templates ?? new Dictionary<string, string>())
            if (template.Length > MaxTemplateLength)
                Warn(warnOn, Rules.TemplateLength, string.Create(CultureInfo.InvariantCulture, $"The mapping template \"{key}\" of the {owner} is {template.Length:N0} characters long."));
    }

    /// <summary>Throws <see cref="Rules.TemplateSelectionDefault"/> for a bare <c>$default</c> template selection expression.</summary>
    /// <param name="location">Where the expression is given.</param>
    /// <param name="expression">The template selection expression, as API Gateway will see it.</param>
    /// <param name="owner">Whose expression, e.g. "integration request".</param>
    public static void TemplateSelectionExpression(Internal.Location location, string? expression, string owner)
    {
        if (expression == "$default")
            throw Fail(location, Rules.TemplateSelectionDefault, $"The template selection expression of the {owner} is $default, which API Gateway rejects (\"Unexpected variable in selection expression: $default\").");
    }

    private const int MaxTemplateBytes = 300 * 1024, MaxTemplateLength = 32_768;
}
