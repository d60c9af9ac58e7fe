using System.Security.Cryptography;
using System.Text;

namespace WsRouteResponses.Locations;

/// <summary>
/// Where a construct sits: its construct path and its stack's path, known on the C# side so that
/// Terraform addresses are computed without a jsii round trip. <see cref="LogicalId"/> is a port of
/// cdktf 0.21's <c>makeUniqueId</c> (cdktf/lib/private/unique.js); a test compares it with cdktf's own.
/// </summary>
internal sealed record Location(string Path, string StackPath)
{
    private const string HiddenId = "Default", HiddenFromHumanId = "Resource";
    private const int HashLength = 8, MaxHumanLength = 240, MaxIdLength = 255;

    /// <summary>
    /// Where <paramref name="construct"/> is, in two jsii calls: <c>Construct.toString()</c> is the construct
    /// path, where <c>Node.Path</c> would first make jsii look up the .NET type of Node (slow the first time).
    /// </summary>
    public static Location Of(Constructs.IConstruct construct) => new(construct.ToString()!, TerraformStack.Of(construct).ToString());

    /// <summary>Where child <paramref name="id"/> of <paramref name="scope"/> goes; directly in a stack, the usual case for an API, one jsii call.</summary>
    public static Location Of(Constructs.Construct scope, string id)
    {
        if (scope is not TerraformStack stack) return Of(scope).Child(id);
        var stackPath = stack.ToString();
        return new Location(stackPath, stackPath).Child(id);
    }

    /// <summary>The location of child <paramref name="id"/> (constructs writes '/' in an id as "--").</summary>
    public Location Child(string id) => this with { Path = $"{Path}/{id.Replace("/", "--", StringComparison.Ordinal)}" };

    /// <summary>The cdktf logical id of a Terraform element at this location.</summary>
    public string LogicalId
    {
        get
        {
            var components = Path[(StackPath.Length + 1)..].Split('/').Where(c => c != HiddenId).ToList();
            if (components.Count == 1 && Allowed(components[0]) is { Length: <= MaxIdLength } single)
                return single;
            var hash = Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(string.Join('/', components))))[..HashLength];
            var human = string.Join('_', RemoveDupes(components).Where(c => c != HiddenFromHumanId).Select(Allowed));
            return $"{(human.Length > MaxHumanLength ? human[..MaxHumanLength] : human)}_{hash}";
        }
    }

    // A component that the previous one ends with adds nothing to a human reader ("DefaultRoute/Route").
    private static List<string> RemoveDupes(List<string> components)
    {
        var result = new List<string>();
        foreach (var component in components)
            if (result.Count == 0 || !result[^1].EndsWith(component, StringComparison.Ordinal))
                result.Add(component);
        return result;
    }

    // cdktf keeps [A-Za-z0-9_-] (a plain loop: no regex engine to start for it).
    private static string Allowed(string component) =>
        string.Concat(component.Where(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-'));
}
