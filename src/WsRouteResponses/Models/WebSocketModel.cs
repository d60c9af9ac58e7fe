using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Constructs;
using HashiCorp.Cdktf.Providers.Aws.Apigatewayv2Model;
using WsRouteResponses.Api;
using WsRouteResponses.Internal;
using WsRouteResponses.Validation;

namespace WsRouteResponses.Models;

/// <summary>A model a route or route response refers to by name.</summary>
public interface IWebSocketModel
{
    /// <summary>The model's name; for a model created in the stack, a token, so that Terraform creates the model first.</summary>
    string ModelName { get; }
}

/// <summary>Settings of <see cref="WebSocketModel"/>.</summary>
public sealed class WebSocketModelProps
{
    /// <summary>The API the model belongs to. Required.</summary>
    public required WebSocketApi Api { get; init; }

    /// <summary>The model name: 1 to 128 letters and digits (rule <c>WSR401</c>). Required.</summary>
    public required string Name { get; init; }

    /// <summary>The JSON Schema (draft 4) document, at most 32,768 characters (rule <c>WSR402</c>). Required.</summary>
    public required string Schema { get; init; }

    /// <summary>The content type the model describes. Default: <c>application/json</c>.</summary>
    public string ContentType { get; init; } = "application/json";

    /// <summary>The description. Default: none.</summary>
    public string? Description { get; init; }
}

/// <summary>
/// An <c>aws_apigatewayv2_model</c>: a JSON schema that request models and route response models refer
/// to. Name and schema are checked at synth time; AWS would reject them only at deploy time.
/// </summary>
public sealed partial class WebSocketModel : Construct, IWebSocketModel, ILocated
{
    private const int MaxSchemaLength = 32_768;

    /// <summary>Creates the model.</summary>
    /// <exception cref="WebSocketRuleException">The name or schema is invalid (rules <c>WSR401</c>, <c>WSR402</c>).</exception>
    public WebSocketModel(Construct scope, string id, WebSocketModelProps props) : base(scope, id)
    {
        ArgumentNullException.ThrowIfNull(props);
        Location = props.Api.LocationOf(scope).Child(id);
        props.Api.CheckSameStack(Location);
        if (!Tokens.IsUnresolved(props.Name) && !ValidName().IsMatch(props.Name))
            throw Check.Fail(this, Rules.ModelName, $"\"{props.Name}\" is not a valid model name.");
        if (!Tokens.IsUnresolved(props.Schema))
            CheckSchema(props.Schema);

        Resource = new Apigatewayv2Model(this, "Resource", new Apigatewayv2ModelConfig
        {
            ApiId = props.Api.ApiId,
            Name = props.Name,
            Schema = TerraformText.Escape(props.Schema),
            ContentType = props.ContentType,
            Description = TerraformText.EscapeOrNull(props.Description),
        });
        ModelName = Resource.Name;
        // The stage's redeployment hash names the model by address.
        props.Api.TrackDeployable(TerraformAddress.Of(Resource));
    }

    /// <summary>A model that exists already (created elsewhere or in the console), by name.</summary>
    public static IWebSocketModel FromName(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return new NamedModel(name);
    }

    /// <inheritdoc />
    public string ModelName { get; }

    /// <summary>The provider resource (escape hatch).</summary>
    public Apigatewayv2Model Resource { get; }

    Location ILocated.Location => Location;

    internal Location Location { get; }

    private void CheckSchema(string schema)
    {
        if (schema.Length > MaxSchemaLength)
            throw Check.Fail(this, Rules.ModelSchema, string.Create(CultureInfo.InvariantCulture, $"The schema is {schema.Length:N0} characters long."));
        try
        {
            using var document = JsonDocument.Parse(schema);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                throw Check.Fail(this, Rules.ModelSchema, $"The schema is a JSON {document.RootElement.ValueKind.ToString().ToLowerInvariant()}, not an object.");
        }
        catch (JsonException e)
        {
            throw Check.Fail(this, Rules.ModelSchema, $"The schema is not valid JSON: {e.Message}");
        }
    }

    [GeneratedRegex("^[0-9A-Za-z]{1,128}$")]
    private static partial Regex ValidName();

    private sealed record NamedModel(string ModelName) : IWebSocketModel;
}
