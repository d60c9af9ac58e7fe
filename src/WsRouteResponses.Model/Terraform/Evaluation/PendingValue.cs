using System.Text.Json.Nodes;

namespace WsRouteResponses.Model;

/// <summary>
/// A value known only at apply, kept as the Terraform expression that makes it, with resource addresses made
/// absolute and everything known put in: <c>module.chat.aws_apigatewayv2_api.this.id</c>,
/// <c>try(aws_apigatewayv2_deployment.this[0].id, null)</c>. Written into Terraform JSON as <c>${...}</c>
/// (a string template as the template), so the model reads it as it reads cdktf's references.
/// </summary>
public sealed class PendingValue : TerraformValue
{
    private readonly string? _template;

    private PendingValue(string expression, string? reference, string? template)
    {
        Expression = expression;
        Reference = reference;
        _template = template;
    }

    /// <summary>The expression, as HCL (no <c>${ }</c> around it).</summary>
    public string Expression { get; }

    /// <summary>The absolute resource address or attribute it is, when it is exactly one (<c>aws_x.y["k"].id</c>); else null.</summary>
    public string? Reference { get; }

    /// <summary>A reference to a resource, a data source or one of their attributes.</summary>
    public static PendingValue OfReference(string reference) => new(reference, reference, null);

    /// <summary>Any other expression known only at apply.</summary>
    public static PendingValue OfExpression(string expression) => new(expression, null, null);

    /// <summary>A string template with parts known only at apply: <c>integrations/${aws_x.y.id}</c>.</summary>
    public static PendingValue OfTemplate(string template) => new(JsonText.Encode(new StringValue(template)), null, template);

    /// <inheritdoc />
    public override bool IsWhollyKnown => false;

    /// <inheritdoc />
    public override string KindName => "unknown";

    /// <summary>The text a template interpolating it writes: the template's own text, else <c>${expression}</c>.</summary>
    public string TemplateText => _template ?? "${" + Expression + "}";

    /// <inheritdoc />
    public override JsonNode ToJson() => JsonValue.Create(TemplateText);

    /// <inheritdoc />
    public override bool Equals(TerraformValue? other) => other is PendingValue p && p.Expression == Expression;

    /// <inheritdoc />
    public override int GetHashCode() => Expression.GetHashCode(StringComparison.Ordinal);
}
