using WsRouteResponses.Model.Hcl;

namespace WsRouteResponses.Model;

// HCL's operators on values, and how a value is written back into an expression that stays pending.
internal static class Operators
{
    public static TerraformValue Binary(HclOperator op, TerraformValue left, TerraformValue right)
    {
        if (left is PendingValue || right is PendingValue)
            return PendingValue.OfExpression($"{Literal(left)} {Symbol(op)} {Literal(right)}");
        switch (op)
        {
            case HclOperator.Equal: return BoolValue.Of(left.Equals(right));
            case HclOperator.NotEqual: return BoolValue.Of(!left.Equals(right));
            case HclOperator.LogicalAnd: return BoolValue.Of(Truth(left, "&&") && Truth(right, "&&"));
            case HclOperator.LogicalOr: return BoolValue.Of(Truth(left, "||") || Truth(right, "||"));
        }
        var (a, b) = (TerraformFunctions.Number(left, Symbol(op)), TerraformFunctions.Number(right, Symbol(op)));
        return op switch
        {
            HclOperator.Add => new NumberValue(a + b),
            HclOperator.Subtract => new NumberValue(a - b),
            HclOperator.Multiply => new NumberValue(a * b),
            HclOperator.Divide => b == 0 ? throw new TerraformValueException("Can't divide by zero.") : new NumberValue(a / b),
            HclOperator.Modulo => b == 0 ? throw new TerraformValueException("Can't use modulo by zero.") : new NumberValue(a % b),
            HclOperator.LessThan => BoolValue.Of(a < b),
            HclOperator.LessThanOrEqual => BoolValue.Of(a <= b),
            HclOperator.GreaterThan => BoolValue.Of(a > b),
            HclOperator.GreaterThanOrEqual => BoolValue.Of(a >= b),
            _ => throw new TerraformValueException($"{op} is not a binary operator"),
        };
    }

    public static TerraformValue Unary(HclOperator op, TerraformValue operand) => operand switch
    {
        PendingValue pending => PendingValue.OfExpression($"{Symbol(op)}{pending.Expression}"),
        _ when op == HclOperator.LogicalNot => BoolValue.Of(!Truth(operand, "!")),
        _ => new NumberValue(-TerraformFunctions.Number(operand, "-")),
    };

    // A bool, or the strings "true" and "false" Terraform converts.
    public static bool Truth(TerraformValue value, string where) => value switch
    {
        BoolValue b => b.Value,
        StringValue { Value: "true" } => true,
        StringValue { Value: "false" } => false,
        NullValue => throw new TerraformValueException($"The {where} value is null."),
        _ => throw new TerraformValueException($"The {where} value must be a bool, not {value.KindName}."),
    };

    // A value written as HCL, so a pending expression can embed what is known.
    public static string Literal(TerraformValue value) => value switch
    {
        PendingValue pending => pending.Expression,
        StringValue s => TemplateText.Escape(JsonText.Encode(s)),
        SequenceValue sequence => "[" + string.Join(", ", sequence.Items.Select(Literal)) + "]",
        MappingValue mapping => "{" + string.Join(", ", mapping.Attributes.Select(a => $"{JsonText.Encode(new StringValue(a.Key))} = {Literal(a.Value)}")) + "}",
        NullValue => "null",
        UnknownValue => "(known at apply)",
        _ => value.ToString(),
    };

    private static string Symbol(HclOperator op) => op switch
    {
        HclOperator.LogicalOr => "||", HclOperator.LogicalAnd => "&&", HclOperator.LogicalNot => "!",
        HclOperator.Equal => "==", HclOperator.NotEqual => "!=", HclOperator.GreaterThan => ">", HclOperator.GreaterThanOrEqual => ">=",
        HclOperator.LessThan => "<", HclOperator.LessThanOrEqual => "<=", HclOperator.Add => "+", HclOperator.Subtract => "-",
        HclOperator.Multiply => "*", HclOperator.Divide => "/", HclOperator.Modulo => "%", _ => "-",
    };
}
