namespace WsRouteResponses.Model.Hcl;

/// <summary>The content of a file or a block: attributes and nested blocks, each in source order.</summary>
/// <param name="Range">From the first character of the body to its last (the braces are the block's).</param>
/// <param name="Attributes">The <c>name = expression</c> lines.</param>
/// <param name="Blocks">The nested blocks.</param>
public sealed record HclBody(HclRange Range, IReadOnlyList<HclAttribute> Attributes, IReadOnlyList<HclBlock> Blocks);

/// <summary>One <c>name = expression</c> line of a body.</summary>
/// <param name="Range">From the name to the end of the expression.</param>
/// <param name="Name">The attribute's name.</param>
/// <param name="NameRange">Where the name is written.</param>
/// <param name="Expression">Its value, unevaluated.</param>
public sealed record HclAttribute(HclRange Range, string Name, HclRange NameRange, HclExpression Expression);

/// <summary>A block: <c>type "label" label { body }</c>.</summary>
/// <param name="Range">From the type to the closing brace.</param>
/// <param name="Type">The block type, e.g. <c>resource</c>.</param>
/// <param name="TypeRange">Where the type is written.</param>
/// <param name="Labels">The labels, in order.</param>
/// <param name="Body">The block's content.</param>
public sealed record HclBlock(HclRange Range, string Type, HclRange TypeRange, IReadOnlyList<HclBlockLabel> Labels, HclBody Body);

/// <summary>One block label.</summary>
/// <param name="Range">Where the label is written (with its quotes if quoted).</param>
/// <param name="Value">The label's text, escapes decoded.</param>
/// <param name="Quoted">Whether it was written as a string (<c>"x"</c>) rather than an identifier.</param>
public sealed record HclBlockLabel(HclRange Range, string Value, bool Quoted);
