using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace WsRouteResponses.Model;

/// <summary>
/// A value of a Terraform expression as the reader evaluates it before any plan: a string, number, bool,
/// null, a sequence (tuple, list or set) or a mapping (object or map), or <see cref="Unknown"/>: a value
/// known only at apply (a resource attribute, a variable without a value), which rules skip.
/// </summary>
public abstract class TerraformValue : IEquatable<TerraformValue>
{
    private protected TerraformValue()
    {
    }

    /// <summary>A value known only at apply.</summary>
    public static TerraformValue Unknown { get; } = new UnknownValue();

    /// <summary>Terraform's <c>null</c>: an argument set to it is unset.</summary>
    public static TerraformValue Null { get; } = new NullValue();

    /// <summary>Whether the value, and every value in it, is known.</summary>
    public abstract bool IsWhollyKnown { get; }

    /// <summary>The name of its kind in Terraform's words, for messages: <c>string</c>, <c>number</c>, <c>tuple</c>, <c>object</c>...</summary>
    public abstract string KindName { get; }

    /// <summary>A value of Terraform JSON: strings, numbers and bools as they are, arrays as tuples, objects as objects.</summary>
    public static TerraformValue FromJson(JsonNode? node) => node switch
    {
        null => Null,
        JsonArray array => new SequenceValue(array.Select(FromJson).ToList(), SequenceKind.Tuple),
        JsonObject obj => new MappingValue(obj.ToDictionary(p => p.Key, p => FromJson(p.Value), StringComparer.Ordinal), isMap: false),
        JsonValue value => value.GetValueKind() switch
        {
            JsonValueKind.String => new StringValue(value.GetValue<string>()),
            JsonValueKind.True => BoolValue.True,
            JsonValueKind.False => BoolValue.False,
            JsonValueKind.Number => NumberValue.Parse(value.ToJsonString()) ?? throw new TerraformValueException($"the number {value.ToJsonString()} is too large"),
            _ => Null,
        },
        _ => Null,
    };

    /// <summary>
    /// Its Terraform JSON form, as the reader writes resource attributes: an unknown value becomes the
    /// expression <c>${(known at apply)}</c>, which the model reads as unknown.
    /// </summary>
    public abstract JsonNode? ToJson();

    /// <inheritdoc />
    public abstract bool Equals(TerraformValue? other);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TerraformValue other && Equals(other);

    /// <inheritdoc />
    public abstract override int GetHashCode();

    /// <summary>Its string, converted as Terraform converts a number or bool; null for anything else.</summary>
    public string? AsString() => this switch
    {
        StringValue s => s.Value,
        NumberValue n => n.ToString(),
        BoolValue b => b.Value ? "true" : "false",
        _ => null,
    };

    /// <summary>The text Terraform writes for the value in a template or message.</summary>
    public override string ToString() => AsString() ?? ToJson()?.ToJsonString() ?? "null";
}

/// <summary>A value known only at apply.</summary>
public sealed class UnknownValue : TerraformValue
{
    internal UnknownValue()
    {
    }

    /// <inheritdoc />
    public override bool IsWhollyKnown => false;

    /// <inheritdoc />
    public override string KindName => "unknown";

    /// <inheritdoc />
    public override JsonNode ToJson() => JsonValue.Create("${(known at apply)}");

    /// <inheritdoc />
    public override bool Equals(TerraformValue? other) => ReferenceEquals(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => 1;
}

/// <summary>Terraform's <c>null</c>.</summary>
public sealed class NullValue : TerraformValue
{
    internal NullValue()
    {
    }

    /// <inheritdoc />
    public override bool IsWhollyKnown => true;

    /// <inheritdoc />
    public override string KindName => "null";

    /// <inheritdoc />
    public override JsonNode? ToJson() => null;

    /// <inheritdoc />
    public override bool Equals(TerraformValue? other) => other is NullValue;

    /// <inheritdoc />
    public override int GetHashCode() => 2;
}

/// <summary>A string.</summary>
/// <param name="value">The text.</param>
public sealed class StringValue(string value) : TerraformValue
{
    /// <summary>The text.</summary>
    public string Value { get; } = value ?? throw new ArgumentNullException(nameof(value));

    /// <inheritdoc />
    public override bool IsWhollyKnown => true;

    /// <inheritdoc />
    public override string KindName => "string";

    /// <inheritdoc />
    public override JsonNode ToJson() => JsonValue.Create(Value);

    /// <inheritdoc />
    public override bool Equals(TerraformValue? other) => other is StringValue s && s.Value == Value;

    /// <inheritdoc />
    public override int GetHashCode() => Value.GetHashCode(StringComparison.Ordinal);
}

/// <summary>A bool.</summary>
public sealed class BoolValue : TerraformValue
{
    private BoolValue(bool value) => Value = value;

    /// <summary><c>true</c>.</summary>
    public static BoolValue True { get; } = new(true);

    /// <summary><c>false</c>.</summary>
    public static BoolValue False { get; } = new(false);

    /// <summary>The bool.</summary>
    public bool Value { get; }

    /// <summary>The value of <paramref name="value"/>.</summary>
    public static BoolValue Of(bool value) => value ? True : False;

    /// <inheritdoc />
    public override bool IsWhollyKnown => true;

    /// <inheritdoc />
    public override string KindName => "bool";

    /// <inheritdoc />
    public override JsonNode ToJson() => JsonValue.Create(Value);

    /// <inheritdoc />
    public override bool Equals(TerraformValue? other) => other is BoolValue b && b.Value == Value;

    /// <inheritdoc />
    public override int GetHashCode() => Value ? 3 : 4;
}

/// <summary>
/// A number. Terraform's are arbitrary-precision; these are <see cref="decimal"/> (28 digits), which holds
/// every number a WebSocket configuration uses (counts, timeouts, limits) exactly.
/// </summary>
/// <param name="value">The number.</param>
public sealed class NumberValue(decimal value) : TerraformValue
{
    /// <summary>The number.</summary>
    public decimal Value { get; } = value;

    /// <summary>A number written in decimal or exponent notation, or null when it does not fit.</summary>
    public static NumberValue? Parse(string text) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? new NumberValue(number) : null;

    /// <inheritdoc />
    public override bool IsWhollyKnown => true;

    /// <inheritdoc />
    public override string KindName => "number";

    /// <inheritdoc />
    public override JsonNode ToJson() => JsonNode.Parse(ToString())!;

    /// <summary>As Terraform prints it: no trailing zeros, no exponent (<c>2.5</c>, <c>100000000000000000000</c>).</summary>
    public override string ToString() => Value == 0 ? "0" : (Value / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public override bool Equals(TerraformValue? other) => other is NumberValue n && n.Value == Value;

    /// <inheritdoc />
    public override int GetHashCode() => Value.GetHashCode();
}

/// <summary>Thrown when a value is not what an operation needs; the evaluator adds where.</summary>
/// <param name="message">What is wrong, in Terraform's words.</param>
public sealed class TerraformValueException(string message) : Exception(message);
