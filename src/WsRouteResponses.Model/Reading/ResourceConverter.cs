using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace WsRouteResponses.Model;

/// <summary>
/// Turns one Terraform resource (its type, where it is, and its attributes as Terraform JSON writes them)
/// into the <see cref="Definition"/> it describes. The one conversion both sides use: the reader for
/// Terraform JSON files, and the constructs for the resources they write.
/// </summary>
public static partial class ResourceConverter
{
    /// <summary>The resource types that describe WebSocket APIs.</summary>
    public static IReadOnlySet<string> Types { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "aws_apigatewayv2_api", "aws_apigatewayv2_route", "aws_apigatewayv2_route_response", "aws_apigatewayv2_integration",
        "aws_apigatewayv2_integration_response", "aws_apigatewayv2_model", "aws_apigatewayv2_stage", "aws_apigatewayv2_deployment",
        "aws_lambda_permission", "aws_apigatewayv2_authorizer",
    };

    /// <summary>The definition of a resource, or null for a type that does not describe a WebSocket API.</summary>
    /// <param name="type">The resource type, e.g. <c>aws_apigatewayv2_route</c>.</param>
    /// <param name="origin">Its address and construct path.</param>
    /// <param name="body">Its attributes (and meta-arguments) as in Terraform JSON.</param>
    /// <param name="resolve">
    /// The element a referenced resource address names, or null for none: a data source
    /// (<c>data.aws_apigatewayv2_api.x</c>) names the API it looks up, an instance key of a resource that is
    /// not expanded (<c>aws_x.y[0]</c>) names the resource. Default: a resource names itself, a data source nothing.
    /// </param>
    public static Definition? Convert(string type, Origin origin, JsonObject body, Func<string, string?>? resolve = null)
    {
        resolve ??= NamesItself;
        var api = ApiKey(body["api_id"], resolve);
        return type switch
        {
            "aws_apigatewayv2_api" => new ApiDefinition
            {
                Origin = origin, Api = origin.Address, Name = Text(body["name"]), ProtocolType = Text(body["protocol_type"]),
                RouteSelectionExpression = Text(body["route_selection_expression"]), ApiKeySelectionExpression = Text(body["api_key_selection_expression"]),
            },
            "aws_apigatewayv2_route" => new RouteDefinition
            {
                Origin = origin, Api = api, RouteKey = Text(body["route_key"]) ?? ModelText.Unknown(),
                Integration = body["target"] is { } target ? RouteTarget(target, resolve) : null,
                RouteResponseSelectionExpression = Text(body["route_response_selection_expression"]),
                AuthorizationType = Text(body["authorization_type"]), AuthorizerId = Text(body["authorizer_id"]),
                ApiKeyRequired = Bool(body["api_key_required"]), OperationName = Text(body["operation_name"]),
                RequestModels = Map(body["request_models"]), ModelSelectionExpression = Text(body["model_selection_expression"]),
            },
            "aws_apigatewayv2_route_response" => new RouteResponseDefinition
            {
                Origin = origin, Api = api, Route = ReferencedAddress(body["route_id"], "aws_apigatewayv2_route", resolve),
                RouteResponseKey = Text(body["route_response_key"]) ?? ModelText.Unknown(),
                ModelSelectionExpression = Text(body["model_selection_expression"]), ResponseModels = Map(body["response_models"]),
            },
            "aws_apigatewayv2_integration" => new IntegrationDefinition
            {
                Origin = origin, Api = api, Type = Text(body["integration_type"]) ?? ModelText.Unknown(), Uri = Text(body["integration_uri"]),
                Method = Text(body["integration_method"]), RequestTemplates = Map(body["request_templates"]),
                TemplateSelectionExpression = Text(body["template_selection_expression"]), PassthroughBehavior = Text(body["passthrough_behavior"]),
                TimeoutMilliseconds = Number(body["timeout_milliseconds"]), ContentHandling = Text(body["content_handling_strategy"]),
                RequestParameters = Map(body["request_parameters"]), CredentialsArn = Text(body["credentials_arn"]),
            },
            "aws_apigatewayv2_integration_response" => new IntegrationResponseDefinition
            {
                Origin = origin, Api = api, Integration = IntegrationId(body["integration_id"], resolve), Key = Text(body["integration_response_key"]) ?? ModelText.Unknown(),
                Templates = Map(body["response_templates"]), TemplateSelectionExpression = Text(body["template_selection_expression"]),
                ContentHandling = Text(body["content_handling_strategy"]),
            },
            "aws_apigatewayv2_model" => new ModelDefinition
            {
                Origin = origin, Api = api, Name = Text(body["name"]) ?? ModelText.Unknown(), Schema = Text(body["schema"]) ?? ModelText.Unknown(),
                ContentType = Text(body["content_type"]),
            },
            "aws_apigatewayv2_stage" => new StageDefinition
            {
                Origin = origin, Api = api, Name = Text(body["name"]) ?? ModelText.Unknown(), Variables = Map(body["stage_variables"]),
                // Absent is the provider's default, false; an expression (var.auto_deploy) stays unknown.
                AutoDeploy = body["auto_deploy"] is null ? false : Bool(body["auto_deploy"]),
                Deployment = DeploymentIn(body["deployment_id"], resolve),
                DefaultRouteSettings = Settings(body["default_route_settings"]),
                PerRouteSettings = body["route_settings"] switch
                {
                    JsonArray blocks => blocks.Select(Settings).OfType<RouteSettings>().ToList(),
                    JsonObject block => [Settings(block)!],
                    _ => [],
                },
                DependsOn = body["depends_on"] is JsonArray dependsOn ? dependsOn.Select(StringOf).OfType<string>().Select(d => resolve(d) ?? d).ToList() : [],
            },
            "aws_apigatewayv2_deployment" => new DeploymentDefinition
            {
                Origin = origin, Api = api,
                TriggersCover = Triggers(body["triggers"], resolve),
            },
            "aws_lambda_permission" => Permission(origin, body, resolve),
            "aws_apigatewayv2_authorizer" => new AuthorizerDefinition
            {
                Origin = origin, Api = api, AuthorizerType = Text(body["authorizer_type"]) ?? ModelText.Unknown(), AuthorizerUri = Text(body["authorizer_uri"]),
                IdentitySources = body["identity_sources"] is JsonArray sources ? sources.Select(StringOf).OfType<string>().ToList() : [],
            },
            _ => null,
        };
    }

    // The addresses the triggers refer to; null (unknown) when a trigger refers to a variable, local, module
    // or data source, which may cover resources it does not name. Functions alone (timestamp()) cover nothing.
    private static IReadOnlyList<string>? Triggers(JsonNode? triggers, Func<string, string?> resolve)
    {
        var texts = triggers switch
        {
            JsonObject map => map.Select(t => StringOf(t.Value)).OfType<string>(),
            JsonValue value when StringOf(value) is { } text => [text],
            _ => [],
        };
        var list = texts.ToList();
        if (list.Any(t => t.Contains("${", StringComparison.Ordinal) && IndirectReference().IsMatch(t))) return null;
        var addresses = list.SelectMany(AddressesIn).Select(a => resolve(a) ?? a).Distinct().Order(StringComparer.Ordinal).ToList();
        return addresses.Count == 0 && triggers is JsonValue ? null : addresses;
    }

    private static PermissionDefinition Permission(Origin origin, JsonObject body, Func<string, string?> resolve)
    {
        string? api = null, path = null;
        if (StringOf(body["source_arn"]) is { } raw && ExecutionArnPrefix().Match(raw) is { Success: true } prefix)
        {
            api = resolve(prefix.Groups["address"].Value);
            path = raw[prefix.Length..];
        }
        return new PermissionDefinition
        {
            Origin = origin, Api = api, FunctionName = Text(body["function_name"]) ?? ModelText.Unknown(),
            Principal = Text(body["principal"]) ?? ModelText.Unknown(), SourceArn = Text(body["source_arn"]), SourceArnPath = path,
        };
    }

    /// <summary>The API key of an <c>api_id</c>: the API's address for a reference, <c>id:&lt;id&gt;</c> for a literal (or a data source that looks one up), null when unknown.</summary>
    /// <param name="apiId">The attribute.</param>
    /// <param name="resolve">The element a referenced address names (see <see cref="Convert"/>). Default: a resource names itself, a data source nothing.</param>
    public static string? ApiKey(JsonNode? apiId, Func<string, string?>? resolve = null) => Text(apiId) switch
    {
        { IsKnown: true, Value: { Length: > 0 } id } => ApiDefinition.KeyOfId(id),
        { Reference: var reference } when ReferencedAddress(reference, "aws_apigatewayv2_api", "id") is { } address =>
            (resolve ?? NamesItself)(address),
        _ => null,
    };

    /// <summary>The resource addresses a Terraform string refers to (<c>aws_x.y</c> in <c>${sha1(jsonencode([aws_x.y, ...]))}</c>).</summary>
    public static IEnumerable<string> AddressesIn(string raw) =>
        AnyReference().Matches(raw).Select(m => m.Groups["address"].Value);

    /// <summary>The resource type of an address (<c>module.m.aws_x.y["k"]</c> -> <c>aws_x</c>), or null when it is not a resource's.</summary>
    public static string? TypeOf(string address) => ResourceAddress().Match(address) is { Success: true } match ? match.Groups["type"].Value : null;

    /// <summary>Whether an address is a data source's (<c>data.aws_x.y</c>, <c>module.m.data.aws_x.y</c>).</summary>
    public static bool IsDataSource(string address) => ResourceAddress().Match(address).Groups["data"].Success;

    private static string? NamesItself(string address) => IsDataSource(address) ? null : address;

    private static IntegrationTarget RouteTarget(JsonNode target, Func<string, string?> resolve) =>
        StringOf(target) is { } raw && raw.StartsWith("integrations/", StringComparison.Ordinal)
            ? IntegrationId(JsonValue.Create(raw["integrations/".Length..]), resolve)
            : new IntegrationTarget(null, null);

    // A literal id, or the address of the resource whose id is referred to (an integration, or by mistake another resource).
    private static IntegrationTarget IntegrationId(JsonNode? id, Func<string, string?> resolve) => Text(id) switch
    {
        { IsKnown: true, Value: var literal } => new IntegrationTarget(null, literal),
        { Reference: var reference } when ReferencedAddress(reference, null, "id") is { } address => new IntegrationTarget(resolve(address) ?? address, null),
        _ => new IntegrationTarget(null, null),
    };

    /// <summary>The string of a JSON value, or null when it is absent or not a string.</summary>
    public static string? StringOf(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static string? ReferencedAddress(JsonNode? node, string type, Func<string, string?> resolve) =>
        ReferencedAddress(Text(node)?.Reference, type, "id") is { } address ? resolve(address) ?? address : null;

    // The deployment a deployment_id names, whole or inside an expression (try(aws_apigatewayv2_deployment.d[0].id,
    // null), var.auto ? null : ...): when it is deployed, it is that one. Null when it names none, or several.
    private static string? DeploymentIn(JsonNode? deploymentId, Func<string, string?> resolve) =>
        StringOf(deploymentId) is { } raw
        && AddressesIn(raw).Where(a => TypeOf(a) == "aws_apigatewayv2_deployment")
            .Select(a => resolve(a) ?? a).Distinct().ToList() is [var only]
            ? only
            : null;

    // The resource address of a reference to one of its attributes (module.m.aws_x.y["k"].id -> module.m.aws_x.y["k"]),
    // when the type (null: any) and attribute are the ones asked for.
    private static string? ReferencedAddress(string? reference, string? type, string attribute) =>
        reference is not null && reference.EndsWith("." + attribute, StringComparison.Ordinal)
        && ResourceAddress().Match(reference[..^(attribute.Length + 1)]) is { Success: true } match
        && (type is null || match.Groups["type"].Value == type)
            ? match.Value
            : null;

    private static RouteSettings? Settings(JsonNode? node)
    {
        // cdktf writes a block as an object; Terraform JSON written by hand may use a one-element list.
        var block = node switch { JsonArray { Count: 1 } list => list[0] as JsonObject, JsonObject obj => obj, _ => null };
        return block is null ? null : new RouteSettings
        {
            RouteKey = Text(block["route_key"]),
            ThrottlingRateLimit = Text(block["throttling_rate_limit"]), ThrottlingBurstLimit = Text(block["throttling_burst_limit"]),
            LoggingLevel = Text(block["logging_level"]), DataTraceEnabled = Bool(block["data_trace_enabled"]), DetailedMetricsEnabled = Bool(block["detailed_metrics_enabled"]),
        };
    }

    private static ModelText? Text(JsonNode? node) => node switch
    {
        null => null,
        JsonValue value when value.TryGetValue<string>(out var s) => ModelText.FromTerraform(s),
        JsonValue value when value.GetValueKind() is JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => ModelText.Known(value.ToJsonString()),
        _ => ModelText.Unknown(),
    };

    private static IReadOnlyDictionary<string, ModelText>? Map(JsonNode? node) =>
        node is JsonObject map ? map.ToDictionary(e => e.Key, e => Text(e.Value) ?? ModelText.Unknown(), StringComparer.Ordinal) : null;

    // true or false, or the strings Terraform converts to them: "true", "1", "false", "0".
    private static bool? Bool(JsonNode? node) => node is not JsonValue value ? null
        : value.GetValueKind() is JsonValueKind.True or JsonValueKind.False ? value.GetValue<bool>()
        : value.TryGetValue<string>(out var text) ? text switch { "true" or "1" => true, "false" or "0" => false, _ => null }
        : null;

    private static double? Number(JsonNode? node) => node switch
    {
        JsonValue value when value.GetValueKind() == JsonValueKind.Number => value.GetValue<double>(),
        JsonValue value when value.TryGetValue<string>(out var s) && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
        _ => null,
    };

    // A resource or data source instance: [module.m["k"].][data.]type.name[key].
    private const string AddressPattern = @"(module\.[A-Za-z0-9_-]+(\[(""[^""]*""|\d+)\])?\.)*(?<data>data\.)?(?<type>aws_[a-z0-9_]+)\.[A-Za-z0-9_-]+(\[(""[^""]*""|\d+)\])?";

    [GeneratedRegex("^" + AddressPattern + "$")]
    private static partial Regex ResourceAddress();

    [GeneratedRegex(@"^\$\{(?<address>" + AddressPattern + @")\.execution_arn\}")]
    private static partial Regex ExecutionArnPrefix();

    [GeneratedRegex(@"(?<![\w.])(?<address>" + AddressPattern + ")")]
    private static partial Regex AnyReference();

    // var.x, local.x, module.x (but a resource in a module: module.x.aws_y.z), data.x, each.x as references, not inside
    // another name (aws_x.data.id, path.module, /data.json).
    [GeneratedRegex(@"(?<![\w.\-/])(?:(?:var|local|data|each)\.[A-Za-z_]|module\.[A-Za-z0-9_-]+(\[[^\]]*\])?\.(?!aws_))")]
    private static partial Regex IndirectReference();
}
