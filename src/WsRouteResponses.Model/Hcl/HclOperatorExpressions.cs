namespace WsRouteResponses.Model.Hcl;

/// <summary>The binary and unary operators of HCL.</summary>
public enum HclOperator
{
    /// <summary><c>||</c></summary>
    LogicalOr,
    /// <summary><c>&amp;&amp;</c></summary>
    LogicalAnd,
    /// <summary><c>!</c> (unary)</summary>
    LogicalNot,
    /// <summary><c>==</c></summary>
    Equal,
    /// <summary><c>!=</c></summary>
    NotEqual,
    /// <summary><c>&gt;</c></summary>
    GreaterThan,
    /// <summary><c>&gt;=</c></summary>
    GreaterThanOrEqual,
    /// <summary><c>&lt;</c></summary>
    LessThan,
    /// <summary><c>&lt;=</c></summary>
    LessThanOrEqual,
    /// <summary><c>+</c></summary>
    Add,
    /// <summary><c>-</c> (binary)</summary>
    Subtract,
    /// <summary><c>*</c></summary>
    Multiply,
    /// <summary><c>/</c></summary>
    Divide,
    /// <summary><c>%</c></summary>
    Modulo,
    /// <summary><c>-</c> (unary)</summary>
    Negate,
}

/// <summary><c>left op right</c>.</summary>
/// <param name="Range">From the left operand to the right one.</param>
/// <param name="Operator">The operator.</param>
/// <param name="Left">The left operand.</param>
/// <param name="Right">The right operand.</param>
public sealed record HclBinaryOpExpr(HclRange Range, HclOperator Operator, HclExpression Left, HclExpression Right) : HclExpression(Range);

/// <summary><c>-operand</c> or <c>!operand</c>.</summary>
/// <param name="Range">From the operator to the end of the operand.</param>
/// <param name="Operator"><see cref="HclOperator.Negate"/> or <see cref="HclOperator.LogicalNot"/>.</param>
/// <param name="Operand">The operand.</param>
public sealed record HclUnaryOpExpr(HclRange Range, HclOperator Operator, HclExpression Operand) : HclExpression(Range);

/// <summary><c>condition ? whenTrue : whenFalse</c>.</summary>
/// <param name="Range">From the condition to the end of the false result.</param>
/// <param name="Condition">The condition.</param>
/// <param name="WhenTrue">The result when it holds.</param>
/// <param name="WhenFalse">The result otherwise.</param>
public sealed record HclConditionalExpr(HclRange Range, HclExpression Condition, HclExpression WhenTrue, HclExpression WhenFalse) : HclExpression(Range);
