using System.Text.Json;
using Amazon.JSII.Runtime.Deputy;
using Constructs;
using WsRouteResponses.Locations;
using WsRouteResponses.Model;
using WsRouteResponses.Modeling;
using WsRouteResponses.Synthesis;
using WsRouteResponses.TerraformStrings;
using WsRouteResponses.Validation;

namespace WsRouteResponses;

/// <summary>
/// An <c>aws_apigatewayv2_stage</c> and the way it is deployed: auto-deploy (the default: API Gateway
/// deploys after every change, removals included), or an <c>aws_apigatewayv2_deployment</c> whose trigger
/// hashes the API and every route, integration, route response, integration response and model of it,
/// plus <see cref="WebSocketStageProps.RedeployOn"/> and <see cref="WebSocketStageProps.RedeploymentTriggers"/>.
/// </summary>
public sealed class WebSocketStage : Construct
{
    private const string RedeploymentKey = "redeployment";
    private readonly WebSocketApi _api;
    private readonly string _stageName;
    private readonly Lazy<string> _callbackUrl;

    /// <summary>Creates the stage (and its deployment when <see cref="WebSocketStageProps.AutoDeploy"/> is false).</summary>
    /// <exception cref="WebSocketRuleException">The stage breaks a rule (<c>WSR5xx</c>), or an import needs a literal API id (<c>WSR601</c>).</exception>
    /// <exception cref="ArgumentException">Redeployment settings are given with auto-deploy, or use the library's trigger key.</exception>
    public WebSocketStage(Construct scope, string id, WebSocketStageProps props) : base(scope, id)
    {
        RequiredProps.NotNull(props, () => $"{scope}/{id}", nameof(WebSocketStageProps));
        var api = props.Api ?? scope as WebSocketApi
            ?? throw new ArgumentException($"[{scope}/{id}] WebSocketStageProps.Api is not set and the stage's scope is not a WebSocketApi; create the stage in its API or set Api.", nameof(props));
        _api = api;
        var location = api.LocationOf(scope).Child(id);
        _stageName = props.StageName ?? throw new ArgumentNullException(nameof(props), $"[{location.Path}] WebSocketStageProps.StageName is null; name the stage, e.g. \"prod\".");
        _callbackUrl = new(() => $"{Fn.Replace(api.ApiEndpoint, "wss://", "https://")}/{_stageName}");
        api.CheckSameStack(location);
        api.Moves.Renamed(location, props.RenamedFrom);
        if (props.AutoDeploy && (props.RedeployOn is not null || props.RedeploymentTriggers is not null))
            throw new ArgumentException($"[{location.Path}] RedeployOn and RedeploymentTriggers apply to the managed deployment only; set AutoDeploy = false to use them, or remove them (auto-deploy redeploys after every change).", nameof(props));
        var importId = props.ImportExisting ? ImportId(props.StageName) : null;

        string? deploymentId = null;
        if (!props.AutoDeploy)
        {
            var extra = props.RedeployOn?.Select(TerraformAddress.Of).ToList() ?? [];
            var triggers = new Dictionary<string, string>(props.RedeploymentTriggers ?? new Dictionary<string, string>());
            if (!triggers.TryAdd(RedeploymentKey, Lazy.StringValue(new RedeploymentHash(api, extra))))
                throw new ArgumentException($"[{location.Path}] The trigger key \"{RedeploymentKey}\" is the library's (the hash of the API's resources); name yours differently.", nameof(props));
            var deployment = new Apigatewayv2Deployment(this, "Deployment", api.ForOutput(new Apigatewayv2DeploymentConfig
            {
                ApiId = api.ApiId,
                Description = TerraformText.EscapeOrNull(props.Description),
                // Resolved at synth, when every route of the API exists, whenever it was added.
                Triggers = triggers,
                Lifecycle = new TerraformResourceLifecycle { CreateBeforeDestroy = true },
            }));
            Deployment = deployment;
            api.Moves.Track(location.Child("Deployment"), "aws_apigatewayv2_deployment", from => deployment.MoveFromId(ResourceMoves.Token(from)));
            var deploymentAddress = "aws_apigatewayv2_deployment." + location.Child("Deployment").LogicalId;
            deploymentId = Deployment.Id; // a token: read once, so that the model knows the one the stage uses
            api.Model.AddTokenReference(deploymentId, $"${{{deploymentAddress}.id}}");
            api.Model.AddLate(() => new DeploymentDefinition
            {
                Origin = new Origin(deploymentAddress, location.Child("Deployment").Path), Api = api.Key,
                TriggersCover = api.DeployableAddresses.Concat(extra).Distinct().Order(StringComparer.Ordinal).ToList(),
            }, this, location.Path, deploymentAddress);
            Node.AddValidation(new OwnerRules(api.Model, location.Path));
        }

        var config = new Apigatewayv2StageConfig
        {
            ApiId = api.ApiId,
            Name = props.StageName,
            AutoDeploy = props.AutoDeploy ? true : null,
            DeploymentId = deploymentId,
            Description = TerraformText.EscapeOrNull(props.Description),
            DefaultRouteSettings = DefaultRouteSettings(props),
        };
        var dependsOn = props.CloudWatchRole?.Setting;
        var stageLocation = location.Child("Resource");
        api.Model.Add(ModelInput.Definition<StageDefinition>(api.Model, "aws_apigatewayv2_stage", new Origin("aws_apigatewayv2_stage." + stageLocation.LogicalId, stageLocation.Path), config) with
        {
            DependsOn = dependsOn is TerraformResource resource ? [TerraformAddress.Of(resource)] : [],
        }, this, location.Path, props.CloudWatchRole is null ? [] : [Rules.LoggingRole]);
        config.DependsOn = dependsOn is null ? null : [dependsOn];
        Resource = new Apigatewayv2Stage(this, "Resource", api.ForOutput(config));
        api.Moves.Track(stageLocation, "aws_apigatewayv2_stage", from => Resource.MoveFromId(ResourceMoves.Token(from)));
        if (importId is not null) Resource.ImportFrom(importId);
        InvokeUrl = Resource.InvokeUrl;
        if (props.UrlOutput)
            _ = new TerraformOutput(this, "Url", new TerraformOutputConfig
            {
                Description = "wss:// URL of the WebSocket stage: wscat -c <url>",
                Value = InvokeUrl,
            });
    }

    /// <summary>The stage's <c>wss://</c> URL (a token of the stage resource).</summary>
    public string InvokeUrl { get; }

    /// <summary>
    /// The <c>https://</c> URL of the stage's <c>@connections</c> management API, which a backend posts
    /// to in order to send a message to a connection (as AWS CDK's <c>WebSocketStage.callbackUrl</c>).
    /// Built from the API's endpoint and the stage name, not from the stage resource, so that a Lambda
    /// function of the API can have it in its environment without a dependency cycle
    /// (function -> stage -> deployment -> integration -> function).
    /// </summary>
    public string CallbackUrl => _callbackUrl.Value;

    /// <summary>The provider resource of the stage (escape hatch).</summary>
    public Apigatewayv2Stage Resource { get; }

    /// <summary>The deployment, or null with auto-deploy (escape hatch).</summary>
    public Apigatewayv2Deployment? Deployment { get; }

    /// <summary>
    /// Lets a role call the stage's <c>@connections</c> management API (<c>execute-api:ManageConnections</c>
    /// on <c>&lt;execution arn&gt;/&lt;stage&gt;/*/@connections/*</c>: post to, read and close connections),
    /// as AWS CDK's <c>grantManagementApiAccess</c> does, with an <c>aws_iam_role_policy</c>. The policy
    /// does not depend on the stage resource (no cycle).
    /// </summary>
    /// <param name="role">The role's name (e.g. <c>role.Name</c> of an <c>IamRole</c>).</param>
    /// <param name="id">The construct id of the policy, under the stage. Default: <c>ManageConnections</c>.</param>
    /// <returns>The policy resource.</returns>
    public IamRolePolicy GrantManagementApiAccess(string role, string id = "ManageConnections")
    {
        ArgumentException.ThrowIfNullOrEmpty(role);
        var policy = JsonSerializer.Serialize(new
        {
            Version = "2012-10-17",
            Statement = new[]
            {
                new { Effect = "Allow", Action = "execute-api:ManageConnections", Resource = $"{_api.ExecutionArn}/{_stageName}/*/@connections/*" },
            },
        });
        return new IamRolePolicy(this, id, _api.ForOutput(new IamRolePolicyConfig { Role = role, Policy = policy }));
    }

    private string ImportId(string stageName) =>
        Tokens.IsUnresolved(_api.ApiId)
            ? throw RuleViolation.Error(this, Rules.Import, $"Stage \"{stageName}\" adopts an existing stage, but its API is created in this stack, so its id is only known after apply.")
            : $"{_api.ApiId}/{stageName}";

    // Every setting, always: the provider ignores a missing block and sends logging_level only when it is
    // set, so a setting left out would stay as the last apply left it (INFO logging, data trace on); and it
    // sends both limits whenever it writes the block, 0 for an unset one (a stage throttled to 0 answers 429).
    private static Apigatewayv2StageDefaultRouteSettings DefaultRouteSettings(WebSocketStageProps props) => new()
    {
        ThrottlingRateLimit = props.ThrottlingRateLimit ?? WebSocketStageProps.DefaultThrottlingRateLimit,
        ThrottlingBurstLimit = props.ThrottlingBurstLimit ?? WebSocketStageProps.DefaultThrottlingBurstLimit,
        LoggingLevel = (props.LoggingLevel ?? StageLoggingLevel.Off).ToString().ToUpperInvariant(),
        DataTraceEnabled = props.DataTraceEnabled ?? false,
        DetailedMetricsEnabled = props.DetailedMetricsEnabled ?? false,
    };

    /// <summary>
    /// sha1 of the whole configuration of every deployable resource: Terraform recomputes it on any
    /// change. Written as a Terraform expression over the resources' addresses (no jsii call each).
    /// </summary>
    private sealed class RedeploymentHash(WebSocketApi api, IReadOnlyList<string> extra) : DeputyBase, IStringProducer
    {
        public string Produce(IResolveContext context) =>
            $"${{sha1(jsonencode([{string.Join(", ", api.DeployableAddresses.Concat(extra).Distinct().Order(StringComparer.Ordinal))}]))}}";
    }
}
