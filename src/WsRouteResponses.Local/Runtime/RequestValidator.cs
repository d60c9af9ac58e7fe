using System.Collections.Concurrent;
using NJsonSchema;
using WsRouteResponses.Model;

namespace WsRouteResponses.Local;

/// <summary>
/// API Gateway's request validation for WebSocket routes: a route with a <c>model_selection_expression</c>
/// has its message validated, before the integration is called, against the JSON Schema (draft 4) of the
/// model its <c>request_models</c> gives for the selected key, else for <c>$default</c>; no model for
/// either fails validation. A route without the expression is not validated.
/// </summary>
internal sealed class RequestValidator(WebSocketConfiguration configuration, ApiDefinition api)
{
    // Each schema is parsed once, on first use.
    private readonly ConcurrentDictionary<string, Lazy<Task<JsonSchema>>> _schemas = new(StringComparer.Ordinal);

    /// <summary>Why <paramref name="body"/> fails the route's validation, or null when it passes (or the route validates nothing).</summary>
    public async Task<string?> ProblemAsync(RouteDefinition route, string body)
    {
        if (route.ModelSelectionExpression?.Value is not { } expression) return null;
        var key = ApiRuntime.TemplateKey(expression, body) ?? "$default";
        var models = route.RequestModels ?? new Dictionary<string, ModelText>();
        if (!models.TryGetValue(key, out var name) && !models.TryGetValue("$default", out name))
            return $"no request model for \"{key}\" and no $default one";
        if (Find(name) is not { } model)
            return $"request model {name} is not a model of the API";
        if (model.Schema.Value is not { } schemaText) return null; // known only at apply: nothing to hold the message to
        JsonSchema schema;
        try
        {
            schema = await _schemas.GetOrAdd(schemaText, text => new Lazy<Task<JsonSchema>>(() => JsonSchema.FromJsonAsync(text))).Value;
        }
        catch (Exception e) when (e is Newtonsoft.Json.JsonException or InvalidOperationException or NotSupportedException)
        {
            return $"model {model.Name} has a schema that cannot be read ({e.Message})";
        }
        ICollection<NJsonSchema.Validation.ValidationError> errors;
        try
        {
            // Strict JSON first: NJsonSchema's parser accepts single quotes, comments, NaN and trailing text.
            using (System.Text.Json.JsonDocument.Parse(body)) { }
            errors = schema.Validate(body);
        }
        catch (Exception e) when (e is Newtonsoft.Json.JsonException or System.Text.Json.JsonException)
        {
            return $"the body is not JSON (model {model.Name})";
        }
        return errors.Count == 0 ? null : $"the body does not match model {model.Name} ({string.Join(", ", errors.Select(e => $"{e.Kind} at {e.Path}"))})";
    }

    // A literal model name, or a reference to a model's name (aws_apigatewayv2_model.m.name).
    private ModelDefinition? Find(ModelText name) =>
        configuration.Models.FirstOrDefault(m => m.Api == api.Key
            && (name.Value is { } literal ? m.Name.Value == literal : name.Reference == m.Origin.Address + ".name"));
}
