using System.Collections;
using System.Reflection;
using System.Text;

namespace WsRouteResponses.Synthesis;

/// <summary>
/// Turns a provider config object (e.g. <c>Apigatewayv2RouteConfig</c>) into the attributes its
/// resource writes to Terraform JSON: each set property under its snake_case name, as cdktf's generated
/// <c>synthesizeAttributes</c> does for the plain values (strings, numbers, booleans, string maps and
/// lists) the library uses, and the one meta-argument the library sets, <c>lifecycle.create_before_destroy</c>.
/// </summary>
internal static class TerraformAttributes
{
    private static readonly HashSet<string> s_metaArguments = ["Connection", "Count", "DependsOn", "ForEach", "Provider", "Provisioners"];

    // "HashiCorp.Cdktf.Providers." or "Io.Cdktn.Providers.", whichever flavour this build is.
    private static readonly string s_providerNamespace = typeof(TerraformStack).Namespace + ".Providers.";

    /// <summary>Whether <paramref name="value"/> is a nested block class of the provider (e.g. a stage's default_route_settings).</summary>
    internal static bool IsProviderBlock(object value) =>
        value.GetType().Namespace?.StartsWith(s_providerNamespace, StringComparison.Ordinal) == true;

    /// <summary>The lifecycle of resources that routes point at: replaced by creating the new one first.</summary>
    public static TerraformResourceLifecycle CreateBeforeDestroy => new() { CreateBeforeDestroy = true };

    public static Dictionary<string, object> From(object config)
    {
        var attributes = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var property in config.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (s_metaArguments.Contains(property.Name) || property.GetValue(config) is not { } value) continue;
            attributes[SnakeCase(property.Name)] = value switch
            {
                TerraformResourceLifecycle { CreateBeforeDestroy: true, PreventDestroy: null, IgnoreChanges: null, ReplaceTriggeredBy: null, Precondition: null, Postcondition: null } =>
                    new Dictionary<string, object> { ["create_before_destroy"] = true },
                string or bool or double or int => value,
                IDictionary<string, string> map => new Dictionary<string, object>(map.Select(e => KeyValuePair.Create(e.Key, (object)e.Value)), StringComparer.Ordinal),
                string[] list => list.Cast<object>().ToArray(),
                // A nested block of the provider (e.g. a stage's default_route_settings) is written as an object.
                _ when IsProviderBlock(value) => From(value),
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
