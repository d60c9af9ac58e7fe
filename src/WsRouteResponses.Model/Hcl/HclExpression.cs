namespace WsRouteResponses.Model.Hcl;

/// <summary>An unevaluated HCL expression. Every node knows the range it was parsed from.</summary>
/// <param name="Range">Where the expression is written.</param>
public abstract record HclExpression(HclRange Range)
{
    /// <summary>The expression's source text, exactly as written.</summary>
    public string SourceText => Range.Text;
}

/// <summary>The kind of value a literal has.</summary>
public enum HclLiteralKind
{
    /// <summary>A string (template literal text or quoted key).</summary>
    String,
    /// <summary>A number.</summary>
    Number,
    /// <summary><c>true</c> or <c>false</c>.</summary>
    Bool,
    /// <summary><c>null</c>.</summary>
    Null,
}

/// <summary>A literal value: a number, <c>true</c>, <c>false</c>, <c>null</c>, or literal text inside a template.</summary>
/// <param name="Range">Where it is written.</param>
/// <param name="Kind">Its type.</param>
/// <param name="Value">A <see cref="string"/>, a <see cref="double"/>, a <see cref="bool"/>, or null.</param>
public sealed record HclLiteralExpr(HclRange Range, HclLiteralKind Kind, object? Value) : HclExpression(Range);

/// <summary>An expression in parentheses, kept so that its source and grouping stay visible.</summary>
/// <param name="Range">From the opening to the closing parenthesis.</param>
/// <param name="Inner">The expression inside.</param>
public sealed record HclParenthesesExpr(HclRange Range, HclExpression Inner) : HclExpression(Range);

/// <summary>A function call such as <c>jsonencode(x)</c> or <c>provider::aws::arn_parse(x)</c>.</summary>
/// <param name="Range">From the name to the closing parenthesis.</param>
/// <param name="Name">The function's name, with its namespace (<c>provider::aws::arn_parse</c>).</param>
/// <param name="NameRange">Where the name is written.</param>
/// <param name="Arguments">The arguments, in order.</param>
/// <param name="ExpandFinal">Whether the last argument is followed by <c>...</c> (its elements are the trailing arguments).</param>
public sealed record HclFunctionCallExpr(HclRange Range, string Name, HclRange NameRange, IReadOnlyList<HclExpression> Arguments, bool ExpandFinal) : HclExpression(Range);
