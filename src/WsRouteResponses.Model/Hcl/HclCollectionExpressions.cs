namespace WsRouteResponses.Model.Hcl;

/// <summary><c>[a, b, c]</c>.</summary>
/// <param name="Range">From <c>[</c> to <c>]</c>.</param>
/// <param name="Items">The elements.</param>
public sealed record HclTupleExpr(HclRange Range, IReadOnlyList<HclExpression> Items) : HclExpression(Range);

/// <summary><c>{ key = value, ... }</c>.</summary>
/// <param name="Range">From <c>{</c> to <c>}</c>.</param>
/// <param name="Items">The items, in source order.</param>
public sealed record HclObjectExpr(HclRange Range, IReadOnlyList<HclObjectItem> Items) : HclExpression(Range);

/// <summary>One <c>key = value</c> (or <c>key: value</c>) of an object.</summary>
/// <param name="Key">The key.</param>
/// <param name="Value">The value.</param>
public sealed record HclObjectItem(HclObjectKeyExpr Key, HclExpression Value);

/// <summary>An object key. A bare identifier (<see cref="BareName"/>) is the key's text, not a variable; anything else is evaluated.</summary>
/// <param name="Range">Where the key is written.</param>
/// <param name="Wrapped">The key expression: a one-name traversal for a bare identifier, a template for a quoted key, parentheses, ...</param>
public sealed record HclObjectKeyExpr(HclRange Range, HclExpression Wrapped) : HclExpression(Range)
{
    /// <summary>The key's name when it is a bare identifier (<c>{ name = 1 }</c>), else null.</summary>
    public string? BareName => Wrapped is HclScopeTraversalExpr { Traversal: [HclTraverseRoot root] } ? root.Name : null;
}

/// <summary><c>[for k, v in coll : value if cond]</c> or <c>{for k, v in coll : key => value... if cond}</c>.</summary>
/// <param name="Range">From the opening to the closing bracket.</param>
/// <param name="KeyVariable">The first symbol when two are given, else null.</param>
/// <param name="ValueVariable">The value symbol.</param>
/// <param name="Collection">The collection iterated.</param>
/// <param name="KeyExpression">The key of each element, for an object <c>for</c>; null for a tuple one.</param>
/// <param name="ValueExpression">The value of each element.</param>
/// <param name="Condition">The <c>if</c> filter, or null.</param>
/// <param name="Grouped">Whether the value is followed by <c>...</c> (values of equal keys grouped into lists).</param>
public sealed record HclForExpr(
    HclRange Range,
    string? KeyVariable,
    string ValueVariable,
    HclExpression Collection,
    HclExpression? KeyExpression,
    HclExpression ValueExpression,
    HclExpression? Condition,
    bool Grouped) : HclExpression(Range)
{
    /// <summary>Whether the result is an object (<c>{for ...}</c>) rather than a tuple.</summary>
    public bool IsObject => KeyExpression is not null;
}
