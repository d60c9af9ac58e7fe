using WsRouteResponses.Model;
using WsRouteResponses.Modeling;
using WsRouteResponses.Synthesis;
using WsRouteResponses.TerraformStrings;

namespace WsRouteResponses;

/// <summary>
/// What a route calls: one of <see cref="LambdaProxyIntegration"/>, <see cref="LambdaIntegration"/>,
/// <see cref="AwsServiceIntegration"/>, <see cref="HttpIntegration"/>, <see cref="HttpProxyIntegration"/>,
/// <see cref="MockIntegration"/>, or an <see cref="ExistingIntegration"/>. An integration object is a
/// description: the <c>aws_apigatewayv2_integration</c> is created under the first route that uses it,
/// and routes of the same API that pass the same object share that one integration.
/// </summary>
public abstract class WebSocketIntegration
{
    private readonly IntegrationProps? _props;

    private protected WebSocketIntegration(IntegrationType type, IntegrationProps? props)
    {
        Type = type;
        _props = props;
    }

    /// <summary>The integration type.</summary>
    public IntegrationType Type { get; }

    /// <summary>The integration's name in its API (<see cref="IntegrationProps.Id"/>), or null.</summary>
    private protected string? Name => _props?.Id;

    /// <summary>Describes the provider resource under <paramref name="route"/> and checks it; called once per API.</summary>
    /// <exception cref="WebSocketRuleException">The integration breaks a rule (<c>WSR2xx</c>).</exception>
    internal virtual IntegrationReference Bind(WebSocketRoute route, WebSocketApi api)
    {
        var props = _props ?? throw new InvalidOperationException("An integration without settings is never created.");
        var config = new Apigatewayv2IntegrationConfig
        {
            ApiId = api.ApiId,
            IntegrationType = Type.ToTerraform(),
            Description = TerraformText.EscapeOrNull(props.Description),
            TimeoutMilliseconds = props.Timeout?.TotalMilliseconds,
            ContentHandlingStrategy = props.ContentHandling.ToTerraform(),
            RequestParameters = props.RequestParameters?.ToDictionary(),
            // A replaced integration (integration_type is ForceNew) must exist before its routes move to it:
            // AWS refuses to delete an integration a route still targets. (Terraform carries this over to
            // what the integration depends on, such as its Lambda function: see docs/constructs.md.)
            Lifecycle = TerraformAttributes.CreateBeforeDestroy,
        };
        if (props is TransformingIntegrationProps transforming)
        {
            config.RequestTemplates = TerraformText.Escape(Checked(RequestTemplates(transforming), route, "RequestTemplates"));
            config.TemplateSelectionExpression = TerraformText.EscapeOrNull(TemplateSelectionExpression(transforming));
            config.PassthroughBehavior = transforming.PassthroughBehavior.ToTerraform();
        }
        Configure(config, route.Location.Path);
        // Named: <api>/Integrations/<name>/Resource, whatever route uses it first; unnamed: <route>/Integration.
        var (location, id) = props.Id is { } name ? (api.IntegrationScopes.Reserve(name, route).Child("Resource"), "Resource") : (route.Location.Child("Integration"), "Integration");
        Func<Constructs.Construct> scope = props.Id is { } named ? () => api.IntegrationScopes.ScopeOf(named) : () => route;
        var resource = new DeferredResource("aws_apigatewayv2_integration", location, config, () => new Apigatewayv2Integration(scope(), id, config));
        api.Model.Add(ModelInput.Definition<IntegrationDefinition>(api.Model, resource.TerraformType, WebSocketApi.OriginOf(resource), config), route, route.Location.Path, AcceptedRules);
        api.Add(resource);
        return new IntegrationReference(resource, Type);
    }

    /// <summary>Templates with no null value (a clear error instead of one deep in escaping).</summary>
    /// <exception cref="ArgumentException">A template is null.</exception>
    internal static IReadOnlyDictionary<string, string>? Checked(IReadOnlyDictionary<string, string>? templates, WebSocketRoute route, string property) =>
        templates?.FirstOrDefault(t => t.Value is null) is { Key: { } key }
            ? throw new ArgumentException($"[{route.Location.Path}] {property}[\"{key}\"] is null; give the mapping template text, or leave the key out.", property)
            : templates;

    /// <summary>Rules the user settled by choosing a setting (e.g. <c>WSR210</c> with <see cref="InvokePermission.None"/>): not reported on the integration.</summary>
    private protected virtual Rule[] AcceptedRules => [];

    /// <summary>Called for every route that uses the integration; Lambda kinds describe the invoke permission.</summary>
    internal virtual DeferredResource? Grant(WebSocketRoute route, WebSocketApi api) => null;

    /// <summary>Sets what is particular to the kind: URI, method, credentials, connection; errors name <paramref name="routePath"/>, the route that creates it.</summary>
    private protected virtual void Configure(Apigatewayv2IntegrationConfig config, string routePath) { }

    /// <summary>The request templates to write; <see cref="MockIntegration"/> supplies a default.</summary>
    private protected virtual IReadOnlyDictionary<string, string>? RequestTemplates(TransformingIntegrationProps props) => props.RequestTemplates;

    /// <summary>The template selection expression to write; <see cref="MockIntegration"/> supplies a default.</summary>
    private protected virtual string? TemplateSelectionExpression(TransformingIntegrationProps props) => props.TemplateSelectionExpression;
}
