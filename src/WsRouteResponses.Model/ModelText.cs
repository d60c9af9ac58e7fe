using System.Text;
using System.Text.RegularExpressions;

namespace WsRouteResponses.Model;

/// <summary>
/// A string of the configuration as API Gateway will see it, or unknown until apply (a cdktf token, a
/// Terraform reference or expression). Unknown values are never guessed: rules skip them.
/// </summary>
public readonly partial record struct ModelText
{
    private static readonly string[] s_tokenMarkers = ["${TfToken[", "#{TfToken[", "&{TfToken["];

    private ModelText(string? value, string? reference)
    {
        Value = value;
        Reference = reference;
    }

    /// <summary>The text, or null when unknown.</summary>
    public string? Value { get; }

    /// <summary>When the whole value is one Terraform reference, e.g. <c>aws_lambda_function.f.invoke_arn</c>; otherwise null.</summary>
    public string? Reference { get; }

    /// <summary>Whether the text is known before apply.</summary>
    public bool IsKnown => Value is not null;

    /// <summary>
    /// Whether the attribute is certainly set: the text is known, or it is one reference to the id or an ARN
    /// of a resource or data source (<c>aws_apigatewayv2_authorizer.a.id</c>), which is known at apply but
    /// never null. Any other value known only at apply (a variable, <c>try(..., null)</c>, a condition) may
    /// be null, which leaves the attribute unset: rules that ask whether it is set skip it.
    /// </summary>
    public bool IsSet => IsKnown || (Reference is { } reference && IdentifierReference().IsMatch(reference));

    /// <summary>A known text.</summary>
    public static ModelText Known(string value) => new(value ?? throw new ArgumentNullException(nameof(value)), null);

    /// <summary>A value known only at apply, optionally a reference to another resource's attribute.</summary>
    public static ModelText Unknown(string? reference = null) => new(null, reference);

    /// <summary>Whether the text is known and equals <paramref name="text"/>.</summary>
    public bool Is(string text) => Value == text;

    /// <summary>
    /// A Terraform string as written in Terraform JSON: <c>$${</c> and <c>%%{</c> are literal <c>${</c> and
    /// <c>%{</c>; any other <c>${...}</c> or <c>%{...}</c> (or a cdktf token) makes the value unknown.
    /// </summary>
    public static ModelText FromTerraform(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        if (s_tokenMarkers.Any(m => raw.Contains(m, StringComparison.Ordinal))) return Unknown();
        if (!raw.Contains('{', StringComparison.Ordinal)) return Known(raw);
        var text = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if ((c == '$' || c == '%') && i + 1 < raw.Length)
            {
                if (raw[i + 1] == c && i + 2 < raw.Length && raw[i + 2] == '{')
                {
                    text.Append(c).Append('{');
                    i += 2;
                    continue;
                }
                if (raw[i + 1] == '{')
                {
                    // ${ aws_x.y[count.index].id } names aws_x.y.id: an instance of it is still that resource. A literal
                    // key (aws_x.y["send"], aws_x.y[0]) names the instance, which the reader resolves.
                    var whole = WholeReference().Match(raw);
                    return Unknown(whole.Success ? ComputedIndex().Replace(whole.Groups["ref"].Value, "") : null);
                }
            }
            text.Append(c);
        }
        return Known(text.ToString());
    }

    /// <summary>
    /// How a message shows the value, the one place that words it: the text when it is known; otherwise what
    /// it refers to and when it is known, <c>(var.route_key, known at apply)</c>, or <c>(an expression, known
    /// at apply)</c> when it is not one reference. Never raw Terraform (<c>${...}</c>), which reads as a value.
    /// </summary>
    public string Describe() => Value ?? $"({Reference ?? "an expression"}, known at apply)";

    /// <summary>As <see cref="Describe"/>, with a known text between double quotes (<c>Stage "prod"</c>).</summary>
    public string Quoted() => Value is null ? Describe() : $"\"{Value}\"";

    /// <inheritdoc cref="Describe" />
    public override string ToString() => Describe();

    // module.chat["a"].aws_x.y["k"].id, data.aws_x.y.id, var.x, local.x.y, each.value.
    [GeneratedRegex(@"^\$\{\s*(?<ref>(module\.[A-Za-z0-9_-]+(\[[^\]]*\])?\.)*(data\.)?[a-z][a-z0-9_]*\.[A-Za-z0-9_-]+(\[[^\]]*\])?(\.[A-Za-z0-9_]+)*)\s*\}$")]
    private static partial Regex WholeReference();

    // A resource type always has an underscore (aws_x); var, local, each, module, path, self and count have none.
    [GeneratedRegex(@"^(module\.[A-Za-z0-9_-]+(\[[^\]]*\])?\.)*(data\.)?[a-z][a-z0-9]*_[a-z0-9_]*\.[A-Za-z0-9_-]+(\[[^\]]*\])?\.(id|arn|[a-z0-9_]*_arn)$")]
    private static partial Regex IdentifierReference();

    // An index that is not a literal key: [count.index], [each.key], [var.i].
    [GeneratedRegex(@"\[(?!\s*(?:""[^""]*""|\d+)\s*\])[^\]]*\]")]
    private static partial Regex ComputedIndex();
}
