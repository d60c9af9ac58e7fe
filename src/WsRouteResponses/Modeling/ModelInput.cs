using System.Text.Json.Nodes;
using WsRouteResponses.Model;
using WsRouteResponses.Synthesis;

namespace WsRouteResponses.Modeling;

/// <summary>
/// Builds the model element of a resource the library describes from the same provider config it writes,
/// through the same conversion <c>check</c> applies to Terraform JSON (<see cref="ResourceConverter"/>).
/// </summary>
internal static class ModelInput
{
    /// <summary>The element of a resource of <paramref name="type"/> at <paramref name="origin"/> with <paramref name="config"/>.</summary>
    public static T Definition<T>(ApiModel model, string type, Origin origin, object config) where T : Definition =>
        (T)ResourceConverter.Convert(type, origin, Json(model, TerraformAttributes.From(config)), model.ElementOf)!;

    private static JsonObject Json(ApiModel model, IReadOnlyDictionary<string, object> attributes) =>
        new(attributes.Select(a => KeyValuePair.Create(a.Key, Node(model, a.Value))));

    private static JsonNode? Node(ApiModel model, object value) => value switch
    {
        string text => JsonValue.Create(model.Resolve(text)),
        bool flag => JsonValue.Create(flag),
        double number => JsonValue.Create(number),
        int number => JsonValue.Create(number),
        IReadOnlyDictionary<string, object> map => Json(model, map),
        object[] list => new JsonArray(list.Select(item => Node(model, item)).ToArray()),
        _ => throw new NotSupportedException($"{value.GetType().Name} has no Terraform JSON form here."),
    };
}
