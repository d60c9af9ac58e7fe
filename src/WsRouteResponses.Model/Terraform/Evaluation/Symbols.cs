namespace WsRouteResponses.Model;

/// <summary>
/// The names an expression can use besides the module's: <c>each</c>, <c>count</c>, a <c>for</c> expression's
/// symbols, a <c>dynamic</c> block's iterator, a template's variables. Immutable: each nested scope adds to a copy.
/// </summary>
internal sealed class Symbols
{
    private readonly Dictionary<string, TerraformValue> _values;

    private Symbols(Dictionary<string, TerraformValue> values) => _values = values;

    /// <summary>No names.</summary>
    public static Symbols Empty { get; } = new(new Dictionary<string, TerraformValue>(StringComparer.Ordinal));

    /// <summary>Whether <paramref name="name"/> is bound, and to what.</summary>
    public bool TryGet(string name, out TerraformValue value) => _values.TryGetValue(name, out value!);

    /// <summary>A copy with <paramref name="name"/> bound to <paramref name="value"/>.</summary>
    public Symbols With(string name, TerraformValue value) => new(new Dictionary<string, TerraformValue>(_values, StringComparer.Ordinal) { [name] = value });
}
