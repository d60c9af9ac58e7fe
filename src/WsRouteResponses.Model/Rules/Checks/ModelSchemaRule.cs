using System.Globalization;
using System.Text.Json;

namespace WsRouteResponses.Model.Checks;

/// <summary>Checks <see cref="Rules.ModelSchema"/>.</summary>
public sealed class ModelSchemaRule : ElementRule<ModelDefinition>
{
    /// <summary>Model schemas are JSON (draft 4) of at most 32,768 characters.</summary>
    internal static readonly Rule Definition = new("WSR402", RuleSeverity.Error,
        "give a JSON Schema (draft 4) document of at most 32,768 characters.",
        "provider aws_apigatewayv2_model; API Gateway CreateModel");

    /// <inheritdoc />
    public override Rule Rule => Definition;

    private const int MaxLength = 32_768;

    /// <inheritdoc />
    public override IEnumerable<string> Check(ModelDefinition model, IConfigurationView view)
    {
        if (model.Schema.Value is not { } schema) yield break;
        if (schema.Length > MaxLength)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"The schema is {schema.Length:N0} characters long.");
            yield break;
        }
        string? problem;
        try
        {
            using var document = JsonDocument.Parse(schema);
            problem = document.RootElement.ValueKind == JsonValueKind.Object ? null : $"The schema is a JSON {document.RootElement.ValueKind.ToString().ToLowerInvariant()}, not an object.";
        }
        catch (JsonException e)
        {
            problem = $"The schema is not valid JSON: {e.Message}";
        }
        if (problem is not null) yield return problem;
    }
}
