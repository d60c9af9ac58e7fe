using Amazon.JSII.Runtime.Deputy;
using Constructs;
using HashiCorp.Cdktf;
using HashiCorp.Cdktf.Providers.Aws.Apigatewayv2Deployment;
using HashiCorp.Cdktf.Providers.Aws.Apigatewayv2Stage;
using WsRouteResponses.Internal;
using WsRouteResponses.Validation;

namespace WsRouteResponses.Api;

/// <summary>Settings of a <see cref="WebSocketStage"/>.</summary>
public sealed class WebSocketStageProps
{
    /// <summary>The API the stage serves. Required.</summary>
    public required WebSocketApi Api { get; init; }

    /// <summary>The stage name, 1 to 128 characters (rule <c>WSR502</c>); the last part of the <c>wss://</c> URL. Required.</summary>
    public required string StageName { get; init; }

    /// <summary>
    /// Whether API Gateway redeploys the stage by itself on every change. Default: false: the library
    /// manages an <c>aws_apigatewayv2_deployment</c> that Terraform replaces (create before destroy)
    /// whenever any route, integration, route response, integration response or model changes.
    /// </summary>
    public bool AutoDeploy { get; init; }

    /// <summary>The description. Default: none.</summary>
    public string? Description { get; init; }

    /// <summary>Steady-state request rate limit for every route, per second. Default: unset (account limit).</summary>
    public double? ThrottlingRateLimit { get; init; }

    /// <summary>Burst limit for every route. Default: unset (account limit).</summary>
    public int? ThrottlingBurstLimit { get; init; }

    /// <summary>CloudWatch execution logging for every route (a WebSocket-only setting). Default: unset (off).</summary>
    public StageLoggingLevel? LoggingLevel { get; init; }

    /// <summary>Whether full request and response data is logged (a WebSocket-only setting; needs <see cref="LoggingLevel"/>). Default: unset (off).</summary>
    public bool? DataTraceEnabled { get; init; }

    /// <summary>Whether detailed CloudWatch metrics are enabled for every route. Default: unset (off).</summary>
    public bool? DetailedMetricsEnabled { get; init; }

    /// <summary>Whether to add a Terraform output with the stage's <c>wss://</c> URL (what <c>wscat -c</c> connects to). Default: true.</summary>
    public bool UrlOutput { get; init; } = true;
}

/// <summary>CloudWatch execution logging level of a WebSocket stage (<c>logging_level</c>).</summary>
public enum StageLoggingLevel
{
    /// <summary><c>OFF</c>.</summary>
    Off,

    /// <summary><c>ERROR</c>: errors only.</summary>
    Error,

    /// <summary><c>INFO</c>: every request.</summary>
    Info,
}

/// <summary>
/// An <c>aws_apigatewayv2_stage</c> and the way it is deployed: auto-deploy, or an
/// <c>aws_apigatewayv2_deployment</c> whose trigger hashes every route, integration, route response,
/// integration response and model of the API, so that any change, a template included, reaches the stage.
/// </summary>
public sealed class WebSocketStage : Construct
{
    /// <summary>Creates the stage (and its deployment unless <see cref="WebSocketStageProps.AutoDeploy"/>).</summary>
    /// <exception cref="WebSocketRuleException">The stage name is invalid (rule <c>WSR502</c>).</exception>
    public WebSocketStage(Construct scope, string id, WebSocketStageProps props) : base(scope, id)
    {
        ArgumentNullException.ThrowIfNull(props);
        if (props.StageName.Length is < 1 or > 128)
            throw Check.Fail(this, Rules.StageName, $"The stage name has {props.StageName.Length} characters.");

        var api = props.Api;
        api.CheckSameStack(api.LocationOf(scope).Child(id));
        api.Register(this);
        if (!props.AutoDeploy)
            Deployment = new Apigatewayv2Deployment(this, "Deployment", new Apigatewayv2DeploymentConfig
            {
                ApiId = api.ApiId,
                Description = TerraformText.EscapeOrNull(props.Description),
                // Resolved at synth, when every route of the API exists, whenever it was added.
                Triggers = new Dictionary<string, string> { ["redeployment"] = Lazy.StringValue(new RedeploymentHash(api)) },
                Lifecycle = new TerraformResourceLifecycle { CreateBeforeDestroy = true },
            });

        Resource = new Apigatewayv2Stage(this, "Resource", new Apigatewayv2StageConfig
        {
            ApiId = api.ApiId,
            Name = props.StageName,
            AutoDeploy = props.AutoDeploy ? true : null,
            DeploymentId = Deployment?.Id,
            Description = TerraformText.EscapeOrNull(props.Description),
            DefaultRouteSettings = DefaultRouteSettings(props),
        });
        if (Deployment is not null) Node.AddValidation(new DeploymentNeedsRoute(api, props.StageName));
        InvokeUrl = Resource.InvokeUrl;
        if (props.UrlOutput)
            _ = new TerraformOutput(this, "Url", new TerraformOutputConfig
            {
                Description = "wss:// URL of the WebSocket stage: wscat -c <url>",
                Value = InvokeUrl,
            });
    }

    /// <summary>The stage's <c>wss://</c> URL (a token).</summary>
    public string InvokeUrl { get; }

    /// <summary>The provider resource of the stage (escape hatch).</summary>
    public Apigatewayv2Stage Resource { get; }

    /// <summary>The deployment, or null with auto-deploy (escape hatch).</summary>
    public Apigatewayv2Deployment? Deployment { get; }

    private static Apigatewayv2StageDefaultRouteSettings? DefaultRouteSettings(WebSocketStageProps props) =>
        props is { ThrottlingRateLimit: null, ThrottlingBurstLimit: null, LoggingLevel: null, DataTraceEnabled: null, DetailedMetricsEnabled: null }
            ? null
            : new Apigatewayv2StageDefaultRouteSettings
            {
                ThrottlingRateLimit = props.ThrottlingRateLimit,
                ThrottlingBurstLimit = props.ThrottlingBurstLimit,
                LoggingLevel = props.LoggingLevel?.ToString().ToUpperInvariant(),
                DataTraceEnabled = props.DataTraceEnabled,
                DetailedMetricsEnabled = props.DetailedMetricsEnabled,
            };

    /// <summary>
    /// sha1 of the whole configuration of every deployable resource: Terraform recomputes it on any
    /// change. Written as a Terraform expression over the resources' addresses (no jsii call each).
    /// </summary>
    private sealed class RedeploymentHash(WebSocketApi api) : DeputyBase, IStringProducer
    {
        public string Produce(IResolveContext context) => $"${{sha1(jsonencode([{string.Join(", ", api.DeployableAddresses)}]))}}";
    }

    /// <summary>Rule <c>WSR503</c>, checked when cdktf validates: routes may be added after the stage.</summary>
    private sealed class DeploymentNeedsRoute(WebSocketApi api, string stageName) : DeputyBase, IValidation
    {
        public string[] Validate() => api.Routes.Count > 0
            ? []
            : [Rules.DeploymentNeedsRoute.Message($"Stage \"{stageName}\" deploys an API without routes.")];
    }
}
