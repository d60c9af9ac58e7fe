using Constructs;
using WsRouteResponses.Locations;
using WsRouteResponses.Model;
using WsRouteResponses.Modeling;
using WsRouteResponses.Synthesis;
using WsRouteResponses.TerraformStrings;
using WsRouteResponses.Validation;

namespace WsRouteResponses;

/// <summary>A model a route or route response refers to by name.</summary>
public interface IWebSocketModel
{
    /// <summary>The model's name; for a model created in the stack, a token, so that Terraform creates the model first.</summary>
    string ModelName { get; }
}

/// <summary>Settings of <see cref="WebSocketModel"/>.</summary>
public sealed class WebSocketModelProps
{
    /// <summary>The API the model belongs to. Default: the model's scope, when it is a <see cref="WebSocketApi"/>; required otherwise.</summary>
    public WebSocketApi? Api { get; init; }

    /// <summary>The model name: 1 to 128 letters and digits (rule <c>WSR401</c>). Required.</summary>
    public required string Name { get; init; }

    /// <summary>The JSON Schema (draft 4) document, at most 32,768 characters (rule <c>WSR402</c>). Required.</summary>
    public required string Schema { get; init; }

    /// <summary>The content type the model describes. Default: <c>application/json</c>.</summary>
    public string ContentType { get; init; } = "application/json";

    /// <summary>
    /// The construct id the model had before it was renamed, in the same scope: the library writes Terraform
    /// <c>moved</c> blocks so that the next apply keeps its resources instead of creating them anew, which
    /// AWS refuses while the old ones hold the same model name (ConflictException). Keep it as long as a stack that
    /// has not applied the rename may exist. For other moves see <see cref="WebSocketApi.AddMove"/>. Default: none.
    /// </summary>
    public string? RenamedFrom { get; init; }

    /// <summary>The description. Default: none.</summary>
    public string? Description { get; init; }
}

/// <summary>
/// An <c>aws_apigatewayv2_model</c>: a JSON schema that request models and route response models refer
/// to. Name and schema are checked at synth time; AWS would reject them only at deploy time.
/// </summary>
public sealed class WebSocketModel : Construct, IWebSocketModel, ILocated
{
    /// <summary>Creates the model.</summary>
    /// <exception cref="WebSocketRuleException">The name or schema is invalid (rules <c>WSR401</c>, <c>WSR402</c>).</exception>
    public WebSocketModel(Construct scope, string id, WebSocketModelProps props) : base(scope, id)
    {
        RequiredProps.NotNull(props, () => $"{scope}/{id}", nameof(WebSocketModelProps));
        var api = props.Api ?? scope as WebSocketApi
            ?? throw new ArgumentException($"[{scope}/{id}] WebSocketModelProps.Api is not set and the model's scope is not a WebSocketApi; create the model in its API or set Api.", nameof(props));
        Location = api.LocationOf(scope).Child(id);
        api.CheckSameStack(Location);
        var config = new Apigatewayv2ModelConfig
        {
            ApiId = api.ApiId,
            Name = props.Name ?? throw new ArgumentNullException(nameof(props), $"[{Location.Path}] WebSocketModelProps.Name is null."),
            Schema = TerraformText.Escape(props.Schema ?? throw new ArgumentNullException(nameof(props), $"[{Location.Path}] WebSocketModelProps.Schema is null.")),
            ContentType = props.ContentType,
            Description = TerraformText.EscapeOrNull(props.Description),
        };
        var resourceLocation = Location.Child("Resource");
        api.Model.Add(ModelInput.Definition<ModelDefinition>(api.Model, "aws_apigatewayv2_model", new Origin("aws_apigatewayv2_model." + resourceLocation.LogicalId, resourceLocation.Path), config), this, Location.Path);

        api.Moves.Renamed(Location, props.RenamedFrom);
        Resource = new Apigatewayv2Model(this, "Resource", api.ForOutput(config));
        api.Moves.Track(resourceLocation, "aws_apigatewayv2_model", from => Resource.MoveFromId(ResourceMoves.Token(from)));
        ModelName = Resource.Name;
        api.Model.AddTokenReference(ModelName, $"${{{TerraformAddress.Of(Resource)}.name}}");
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

    private sealed record NamedModel(string ModelName) : IWebSocketModel;
}
