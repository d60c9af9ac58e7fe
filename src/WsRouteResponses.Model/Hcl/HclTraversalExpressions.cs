namespace WsRouteResponses.Model.Hcl;

/// <summary>One step of a traversal.</summary>
/// <param name="Range">Where the step is written (with its dot or brackets).</param>
public abstract record HclTraverser(HclRange Range);

/// <summary>The first name of a traversal: <c>var</c> in <c>var.routes</c>.</summary>
/// <param name="Range">Where it is written.</param>
/// <param name="Name">The name.</param>
public sealed record HclTraverseRoot(HclRange Range, string Name) : HclTraverser(Range);

/// <summary><c>.name</c>.</summary>
/// <param name="Range">From the dot to the end of the name.</param>
/// <param name="Name">The attribute name.</param>
public sealed record HclTraverseAttr(HclRange Range, string Name) : HclTraverser(Range);

/// <summary><c>[0]</c>, <c>["key"]</c> or legacy <c>.0</c>: an index by a literal.</summary>
/// <param name="Range">From the bracket or dot to the end.</param>
/// <param name="Key">The literal key (a number or a string).</param>
public sealed record HclTraverseIndex(HclRange Range, HclLiteralExpr Key) : HclTraverser(Range);

/// <summary>A variable with static steps: <c>var.routes</c>, <c>aws_lambda_function.x.arn</c>, <c>each.value["k"]</c>.</summary>
/// <param name="Range">Where it is written.</param>
/// <param name="Traversal">The root, then the attribute and literal index steps.</param>
public sealed record HclScopeTraversalExpr(HclRange Range, IReadOnlyList<HclTraverser> Traversal) : HclExpression(Range);

/// <summary>Static steps applied to another expression's result: <c>f(x)[0].name</c>.</summary>
/// <param name="Range">From the source to the last step.</param>
/// <param name="Source">The expression traversed.</param>
/// <param name="Traversal">The attribute and literal index steps.</param>
public sealed record HclRelativeTraversalExpr(HclRange Range, HclExpression Source, IReadOnlyList<HclTraverser> Traversal) : HclExpression(Range);

/// <summary><c>collection[key]</c> with a key that is not a literal.</summary>
/// <param name="Range">From the collection to the closing bracket.</param>
/// <param name="Collection">The collection.</param>
/// <param name="Key">The key expression.</param>
public sealed record HclIndexExpr(HclRange Range, HclExpression Collection, HclExpression Key) : HclExpression(Range);

/// <summary><c>source[*].rest</c> (full splat) or <c>source.*.rest</c> (attribute-only splat).</summary>
/// <param name="Range">From the source to the end of the last step.</param>
/// <param name="Source">The list (or single value) splatted.</param>
/// <param name="Each">What is taken from each element, in terms of <see cref="Item"/> (just <see cref="Item"/> when nothing follows).</param>
/// <param name="Item">The placeholder for each element inside <see cref="Each"/>.</param>
public sealed record HclSplatExpr(HclRange Range, HclExpression Source, HclExpression Each, HclSplatItemExpr Item) : HclExpression(Range);

/// <summary>The element placeholder of a splat (where <c>[*]</c> or <c>.*</c> is written).</summary>
/// <param name="Range">The splat marker.</param>
public sealed record HclSplatItemExpr(HclRange Range) : HclExpression(Range);
