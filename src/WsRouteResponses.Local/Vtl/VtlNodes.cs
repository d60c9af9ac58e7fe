namespace WsRouteResponses.Local.Vtl;

/// <summary>A node of a parsed template: text, a reference, or a directive.</summary>
internal abstract record VtlNode;

/// <summary>Text written as is.</summary>
internal sealed record TextNode(string Text) : VtlNode;

/// <summary>
/// A reference written where it stands (<c>$x.y</c>, <c>${x}</c>, <c>$!x</c>); <paramref name="Source"/> is written when it is
/// null and not quiet. <paramref name="Escapes"/> backslashes before it: half of them print, and an odd count prints the
/// reference as written instead of its value (an undefined reference prints all of them, as written).
/// </summary>
internal sealed record ReferenceNode(Expr Reference, bool Quiet, string Source, int Escapes = 0) : VtlNode;

/// <summary><c>#set($name = value)</c>.</summary>
internal sealed record SetNode(Expr Target, Expr Value) : VtlNode;

/// <summary><c>#if</c> / <c>#elseif</c> / <c>#else</c> / <c>#end</c>.</summary>
internal sealed record IfNode(IReadOnlyList<(Expr Condition, IReadOnlyList<VtlNode> Body)> Branches, IReadOnlyList<VtlNode>? Else) : VtlNode;

/// <summary><c>#foreach($item in list) ... #end</c>.</summary>
internal sealed record ForeachNode(string Variable, Expr Items, IReadOnlyList<VtlNode> Body) : VtlNode;

/// <summary><c>#break</c>: leaves the innermost <c>#foreach</c>, or the one whose <c>$foreach</c> scope <paramref name="Scope"/> names.</summary>
internal sealed record BreakNode(Expr? Scope) : VtlNode;

/// <summary><c>#stop</c>: ends the rendering, keeping what was written.</summary>
internal sealed record StopNode : VtlNode;

/// <summary>A macro call <c>#name(args)</c> (or <c>#@name(args) body #end</c>); <paramref name="Source"/> prints when no such macro exists.</summary>
internal sealed record MacroCallNode(string Name, IReadOnlyList<Expr> Arguments, IReadOnlyList<string> ArgumentSources, string Source, IReadOnlyList<VtlNode>? Body) : VtlNode;

/// <summary>A macro: <c>#macro(name $a $b) body #end</c>.</summary>
internal sealed record MacroDefinition(string Name, IReadOnlyList<string> Parameters, IReadOnlyList<VtlNode> Body);

/// <summary><c>#define($name) body #end</c>: <c>$name</c> renders the body where it is used.</summary>
internal sealed record DefineNode(string Name, IReadOnlyList<VtlNode> Body) : VtlNode;

/// <summary><c>#evaluate(text)</c>: renders the text as a template.</summary>
internal sealed record EvaluateNode(Expr Template) : VtlNode;

/// <summary><c>#parse</c> or <c>#include</c>: API Gateway has no template files, so rendering it fails.</summary>
internal sealed record IncludeNode(string Directive, Expr Resource) : VtlNode;

/// <summary>A directive Velocity 1.7 loads but fails on when it renders it; <paramref name="Problem"/> says why, and where.</summary>
internal sealed record FailNode(string Problem) : VtlNode;

/// <summary>An expression.</summary>
internal abstract record Expr;

/// <summary>A literal value: string, long, double, bool or null.</summary>
internal sealed record LiteralExpr(object? Value) : Expr;

/// <summary>A double-quoted string, whose references are rendered.</summary>
internal sealed record InterpolatedExpr(IReadOnlyList<VtlNode> Parts) : Expr;

/// <summary><c>[a, b]</c>.</summary>
internal sealed record ListExpr(IReadOnlyList<Expr> Items) : Expr;

/// <summary><c>[from..to]</c>.</summary>
internal sealed record RangeExpr(Expr From, Expr To) : Expr;

/// <summary><c>{"k": v}</c>.</summary>
internal sealed record MapExpr(IReadOnlyList<(Expr Key, Expr Value)> Entries) : Expr;

/// <summary><c>!x</c>, <c>-x</c>.</summary>
internal sealed record UnaryExpr(string Operator, Expr Operand) : Expr;

/// <summary><c>a op b</c>.</summary>
internal sealed record BinaryExpr(string Operator, Expr Left, Expr Right) : Expr;

/// <summary><c>$name</c> followed by properties, method calls and indexes, as written at a line and column.</summary>
internal sealed record VariableExpr(string Name, IReadOnlyList<Accessor> Chain, string Source = "", int Line = 0, int Column = 0) : Expr;

/// <summary>One step of a reference chain.</summary>
internal abstract record Accessor;

/// <summary><c>.name</c>.</summary>
internal sealed record PropertyAccessor(string Name) : Accessor;

/// <summary><c>.name(args)</c>.</summary>
internal sealed record MethodAccessor(string Name, IReadOnlyList<Expr> Arguments) : Accessor;

/// <summary><c>[index]</c>.</summary>
internal sealed record IndexAccessor(Expr Index) : Accessor;
