using System.Text.RegularExpressions;

namespace WsRouteResponses.Model;

/// <summary>
/// The message-body parts of selection expressions: <c>$request.body.&lt;path&gt;</c>, and braced references,
/// possibly with text around them (the guide's example: <c>${request.body.version}-beta</c>). The rules
/// check them, the local runtime evaluates them.
/// </summary>
public static partial class SelectionExpressionSyntax
{
    /// <summary>The prefix of an unbraced body selection, <c>$request.body.</c>; the JSONPath follows it.</summary>
    public const string BodyPrefix = "$request.body.";

    /// <summary>A braced reference to the body, <c>${request.body.&lt;path&gt;}</c>; group 1 is the path.</summary>
    [GeneratedRegex(@"\$\{request\.body\.([^{}]+)\}")]
    public static partial Regex BracedBodyReference();
}
