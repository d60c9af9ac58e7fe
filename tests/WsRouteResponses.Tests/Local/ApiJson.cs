using System.Text.Json.Nodes;
using WsRouteResponses.Model;

namespace WsRouteResponses.Tests.Local;

/// <summary>
/// The Terraform JSON of one WebSocket API (<c>aws_apigatewayv2_api.a</c>) for the local runtime's tests,
/// built a resource at a time: integrations, their responses, routes and route responses, models and
/// stages, each wired to the API by reference as cdktf writes them. A stage <c>dev</c> is added when none is.
/// </summary>
internal sealed class ApiJson
{
    private const string ApiId = "${aws_apigatewayv2_api.a.id}";
    private readonly JsonObject _resources = new();

    /// <summary>An API whose route selection expression is <paramref name="routeSelection"/>.</summary>
    public ApiJson(string routeSelection = "$request.body.action") =>
        Add("aws_apigatewayv2_api", "a", new JsonObject { ["name"] = "a", ["protocol_type"] = "WEBSOCKET", ["route_selection_expression"] = routeSelection });

    /// <summary>An integration with these attributes.</summary>
    public ApiJson Integration(string name, JsonObject attributes) => Add("aws_apigatewayv2_integration", name, attributes);

    /// <summary>A MOCK integration whose request template gives <paramref name="statusCode"/>.</summary>
    public ApiJson Mock(string name, int statusCode = 200) => Integration(name, new JsonObject
    {
        ["integration_type"] = "MOCK",
        ["request_templates"] = new JsonObject { ["$default"] = $$"""{"statusCode": {{statusCode}}}""" },
        ["template_selection_expression"] = "\\$default",
    });

    /// <summary>An integration response of <paramref name="integration"/> with <paramref name="key"/>, whose <c>$default</c> template is <paramref name="template"/>.</summary>
    public ApiJson Response(string integration, string key, string template, string? name = null) => Add("aws_apigatewayv2_integration_response", name ?? integration, new JsonObject
    {
        ["integration_id"] = $"${{aws_apigatewayv2_integration.{integration}.id}}",
        ["integration_response_key"] = key,
        ["template_selection_expression"] = "\\$default",
        ["response_templates"] = new JsonObject { ["$default"] = template },
    });

    /// <summary>A route to <paramref name="integration"/>, with more attributes if given; one-way unless given a route response.</summary>
    public ApiJson Route(string name, string routeKey, string integration, JsonObject? attributes = null)
    {
        var route = attributes ?? [];
        route["route_key"] = routeKey;
        route["target"] = $"integrations/${{aws_apigatewayv2_integration.{integration}.id}}";
        return Add("aws_apigatewayv2_route", name, route);
    }

    /// <summary>A two-way route: <c>route_response_selection_expression = "$default"</c> and a <c>$default</c> route response.</summary>
    public ApiJson TwoWayRoute(string name, string routeKey, string integration, JsonObject? attributes = null)
    {
        var route = attributes ?? [];
        route["route_response_selection_expression"] = "$default";
        return Route(name, routeKey, integration, route).RouteResponse(name);
    }

    /// <summary>A <c>$default</c> route response of route <paramref name="route"/>.</summary>
    public ApiJson RouteResponse(string route) => Add("aws_apigatewayv2_route_response", route, new JsonObject
    {
        ["route_id"] = $"${{aws_apigatewayv2_route.{route}.id}}",
        ["route_response_key"] = "$default",
    });

    /// <summary>A JSON model named <paramref name="modelName"/> with this schema.</summary>
    public ApiJson Model(string name, string modelName, string schema) => Add("aws_apigatewayv2_model", name, new JsonObject
    {
        ["name"] = modelName, ["content_type"] = "application/json", ["schema"] = schema,
    });

    /// <summary>An auto-deployed stage, with stage variables if given.</summary>
    public ApiJson Stage(string name, JsonObject? variables = null)
    {
        var stage = new JsonObject { ["name"] = name, ["auto_deploy"] = true };
        if (variables is not null) stage["stage_variables"] = variables;
        return Add("aws_apigatewayv2_stage", name, stage);
    }

    /// <summary>
    /// A Lambda function <c>aws_lambda_function.&lt;name&gt;</c> in a runtime the local runtime does not run
    /// (<c>java21</c>), so that it answers only through <c>--lambda</c> / <see cref="Local.LocalOptions.LambdaUrls"/>.
    /// </summary>
    public ApiJson RemoteFunction(string name) => Add("aws_lambda_function", name, new JsonObject
    {
        ["function_name"] = name.ToLowerInvariant(), ["role"] = "r", ["runtime"] = "java21", ["handler"] = "x", ["filename"] = "x.zip",
    });

    /// <summary>The Terraform JSON text.</summary>
    public string ToJson()
    {
        var resources = (JsonObject)_resources.DeepClone();
        if (!resources.ContainsKey("aws_apigatewayv2_stage"))
            resources["aws_apigatewayv2_stage"] = new JsonObject { ["dev"] = new JsonObject { ["api_id"] = ApiId, ["name"] = "dev", ["auto_deploy"] = true } };
        return new JsonObject { ["resource"] = resources }.ToJsonString();
    }

    /// <summary>The configuration the runtime serves, read as <c>wsrr</c> reads a file.</summary>
    public WebSocketConfiguration Configuration() => TerraformJsonReader.FromJson(ToJson());

    private ApiJson Add(string type, string name, JsonObject attributes)
    {
        if (type.StartsWith("aws_apigatewayv2_", StringComparison.Ordinal) && type != "aws_apigatewayv2_api") attributes["api_id"] = ApiId;
        var ofType = _resources[type] as JsonObject ?? (JsonObject)(_resources[type] = new JsonObject());
        ofType[name] = attributes;
        return this;
    }
}
