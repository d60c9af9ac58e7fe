using System.Collections;
using System.Reflection;
using System.Text;

namespace WsRouteResponses.Internal;

/// <summary>
/// Turns a provider config object (e.g. <c>Apigatewayv2RouteConfig</c>) into the attributes its
/// resource writes to Terraform JSON: each set property under its snake_case name, as cdktf's generated
/// <c>synthesizeAttributes</c> does for the plain values (strings, numbers, booleans, string maps and
/// lists) the library uses. Terraform meta-arguments are not attributes and are left out.
/// </summary>
internal static class TerraformAttributes
{
    private static readonly HashSet<string> s_metaArguments = ["Connection", "Count", "DependsOn", "ForEach", "Lifecycle", "Provider", "Provisioners"];

    public static Dictionary<string, object> From(object config)
    {
        var attributes = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var property in config.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (s_metaArguments.Contains(property.Name) || property.GetValue(config) is not { } value) continue;
            attributes[SnakeCase(property.Name)] = value switch
            {
                string or bool or double or int => value,
                IDictionary<string, string> map => new Dictionary<string, object>(map.Select(e => KeyValuePair.Create(e.Key, (object)e.Value)), StringComparer.Ordinal),
                string[] list => list.Cast<object>().ToArray(),
                _ => throw new NotSupportedException($"{config.GetType().Name}.{property.Name} of type {value.GetType().Name} cannot be written without the provider class."),
            };
        }
        return attributes;
    }

    /// <summary><c>RouteResponseSelectionExpression</c> to <c>route_response_selection_expression</c>.</summary>
    internal static string SnakeCase(string name)
    {
        var result = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0) result.Append('_');
            result.Append(char.ToLowerInvariant(name[i]));
        }
        return result.ToString();
    }
}
