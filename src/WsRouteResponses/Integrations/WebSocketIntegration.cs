using System.Globalization;
using Constructs;
using HashiCorp.Cdktf.Providers.Aws.Apigatewayv2Integration;
using HashiCorp.Cdktf.Providers.Aws.LambdaPermission;
using WsRouteResponses.Api;
using WsRouteResponses.Internal;
using WsRouteResponses.Validation;

namespace WsRouteResponses.Integrations;

/// <summary>
/// What a route calls: one of <see cref="LambdaProxyIntegration"/>, <see cref="LambdaIntegration"/>,
/// <see cref="AwsServiceIntegration"/>, <see cref="HttpIntegration"/>, <see cref="HttpProxyIntegration"/>,
/// <see cref="MockIntegration"/>, or an <see cref="ExistingIntegration"/>. An integration object is a
/// description: the <c>aws_apigatewayv2_integration</c> is created under the first route that uses it,
/// and routes of the same API that pass the same object share that one integration.
/// </summary>
public abstract class WebSocketIntegration
{
    private const double MinTimeoutMs = 50, MaxTimeoutMs = 29_000;
    private readonly IntegrationProps _props;

    private protected WebSocketIntegration(IntegrationType type, IntegrationProps props)
    {
        Type = type;
        _props = props;
    }

    /// <summary>The integration type.</summary>
    public IntegrationType Type { get; }

    /// <summary>Creates the provider resource under <paramref name="scope"/> (a route); called once per API.</summary>
    internal virtual IntegrationReference Bind(Construct scope, WebSocketApi api)
    {
        if (_props.Timeout is { } timeout && timeout.TotalMilliseconds is < MinTimeoutMs or > MaxTimeoutMs)
            throw Check.Fail(scope, Rules.IntegrationTimeout, string.Create(CultureInfo.InvariantCulture, $"Timeout is {timeout.TotalMilliseconds:0.###} ms; WebSocket integrations accept {MinTimeoutMs} to {MaxTimeoutMs:N0} ms."));

        var config = new Apigatewayv2IntegrationConfig
        {
            ApiId = api.ApiId,
            IntegrationType = Type.ToTerraform(),
            Description = _props.Description,
            TimeoutMilliseconds = _props.Timeout?.TotalMilliseconds,
            ContentHandlingStrategy = _props.ContentHandling.ToTerraform(),
        };
        if (_props is TransformingIntegrationProps transforming)
        {
            var templates = RequestTemplates(transforming);
            Check.TemplateSizes(scope, templates, "integration request");
            config.RequestTemplates = TerraformText.Escape(templates);
            config.TemplateSelectionExpression = TerraformText.EscapeOrNull(TemplateSelectionExpression(transforming));
            config.PassthroughBehavior = transforming.PassthroughBehavior.ToTerraform();
        }
        Configure(config);
        var resource = new Apigatewayv2Integration(scope, "Integration", config);
        return new IntegrationReference(resource.Id, Type, resource) { IsLambdaNonProxy = this is LambdaIntegration };
    }

    /// <summary>Called for every route that uses the integration; Lambda kinds create the invoke permission.</summary>
    internal virtual LambdaPermission? Grant(Construct route, WebSocketApi api, string routeKey) => null;

    /// <summary>Sets what is particular to the kind: URI, method, credentials, connection.</summary>
    private protected abstract void Configure(Apigatewayv2IntegrationConfig config);

    /// <summary>The request templates to write; <see cref="MockIntegration"/> supplies a default.</summary>
    private protected virtual IReadOnlyDictionary<string, string>? RequestTemplates(TransformingIntegrationProps props) => props.RequestTemplates;

    /// <summary>The template selection expression to write; <see cref="MockIntegration"/> supplies a default.</summary>
    private protected virtual string? TemplateSelectionExpression(TransformingIntegrationProps props) => props.TemplateSelectionExpression;
}
