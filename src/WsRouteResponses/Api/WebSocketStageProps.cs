
namespace WsRouteResponses;

/// <summary>Settings of a <see cref="WebSocketStage"/>.</summary>
public sealed class WebSocketStageProps
{
    /// <summary>The AWS default account-level steady-state rate limit per Region, written when <see cref="ThrottlingRateLimit"/> is unset.</summary>
    public const double DefaultThrottlingRateLimit = 10_000;

    /// <summary>The AWS default account-level burst limit per Region, written when <see cref="ThrottlingBurstLimit"/> is unset.</summary>
    public const int DefaultThrottlingBurstLimit = 5_000;

    /// <summary>The API the stage serves. Default: the stage's scope, when it is a <see cref="WebSocketApi"/>; required otherwise.</summary>
    public WebSocketApi? Api { get; init; }

    /// <summary>
    /// The stage name: 1 to 128 letters, digits, <c>-</c> and <c>_</c> (rule <c>WSR502</c>); the last part
    /// of the <c>wss://</c> URL. Required.
    /// </summary>
    public required string StageName { get; init; }

    /// <summary>
    /// Whether API Gateway deploys the API to the stage by itself after every change to it, removals
    /// included. Default: true (as AWS CDK's examples do).
    /// <para>
    /// false: the library manages an <c>aws_apigatewayv2_deployment</c> (create before destroy) whose
    /// trigger hashes every route, integration, route response, integration response and model of the
    /// API, the API itself and <see cref="RedeployOn"/>, so that an addition or change reaches the stage
    /// in one switch. Its limit: Terraform creates the new deployment before it destroys a removed route,
    /// response or integration, so a removal stays on the stage until the next deployment (change a value
    /// of <see cref="RedeploymentTriggers"/> to make one).
    /// </para>
    /// </summary>
    public bool AutoDeploy { get; init; } = true;

    /// <summary>
    /// Resources of the stack whose change must redeploy the managed deployment, such as an
    /// <c>aws_apigatewayv2_authorizer</c> (the library cannot tell which resource an <c>AuthorizerId</c>
    /// comes from). Only with <see cref="AutoDeploy"/> false. Default: none.
    /// </summary>
    public IReadOnlyList<TerraformResource>? RedeployOn { get; init; }

    /// <summary>
    /// Extra trigger values of the managed deployment: change one to redeploy (after removing a route, or
    /// for a change made outside the stack). Only with <see cref="AutoDeploy"/> false; the key
    /// <c>redeployment</c> is the library's. Default: none.
    /// </summary>
    public IReadOnlyDictionary<string, string>? RedeploymentTriggers { get; init; }

    /// <summary>
    /// The construct id the stage had before it was renamed, in the same scope: the library writes Terraform
    /// <c>moved</c> blocks so that the next apply keeps its resources instead of creating them anew, which
    /// AWS refuses while the old ones hold the same stage name (ConflictException). Keep it as long as a stack that
    /// has not applied the rename may exist. For other moves see <see cref="WebSocketApi.AddMove"/>. Default: none.
    /// </summary>
    public string? RenamedFrom { get; init; }

    /// <summary>The description. Default: none.</summary>
    public string? Description { get; init; }

    /// <summary>
    /// Steady-state request rate limit for every route, per second. Default: <see cref="DefaultThrottlingRateLimit"/>,
    /// AWS's default account limit. Every stage setting is written on every apply, defaults included, so that
    /// removing a setting turns it back to its default (the AWS provider leaves a setting that is not written
    /// as it was, and sends 0 for an unset limit, which answers every message 429). Set it if your account's
    /// limit was raised: the default then caps the stage below it.
    /// </summary>
    public double? ThrottlingRateLimit { get; init; }

    /// <summary>Burst limit for every route. Default: as <see cref="ThrottlingRateLimit"/>, with <see cref="DefaultThrottlingBurstLimit"/>.</summary>
    public int? ThrottlingBurstLimit { get; init; }

    /// <summary>
    /// CloudWatch execution logging for every route (a WebSocket-only setting). Needs the account's API
    /// Gateway CloudWatch Logs role (see <see cref="CloudWatchRole"/>). Default: <see cref="StageLoggingLevel.Off"/>, written as <c>OFF</c>.
    /// </summary>
    public StageLoggingLevel? LoggingLevel { get; init; }

    /// <summary>Whether full request and response data is logged (a WebSocket-only setting; needs <see cref="CloudWatchRole"/>). Default: false.</summary>
    public bool? DataTraceEnabled { get; init; }

    /// <summary>Whether detailed CloudWatch metrics are enabled for every route. Default: false.</summary>
    public bool? DetailedMetricsEnabled { get; init; }

    /// <summary>
    /// How the account-level CloudWatch Logs role that logging needs is set. Default: unknown: with
    /// <see cref="LoggingLevel"/> ERROR or INFO or <see cref="DataTraceEnabled"/>, warning <c>WSR505</c>
    /// (AWS refuses the stage until the role is set, once per account and Region).
    /// </summary>
    public AccountCloudWatchRole? CloudWatchRole { get; init; }

    /// <summary>
    /// Adopts a stage of this name that exists in AWS (made in the console) with a Terraform import block
    /// (<c>api-id/stage-name</c>), instead of failing on a name conflict. Needs an API attached by id
    /// (rule <c>WSR601</c>). Default: false (create).
    /// </summary>
    public bool ImportExisting { get; init; }

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
/// How the account-level CloudWatch Logs role of API Gateway (<c>aws_api_gateway_account.cloudwatch_role_arn</c>)
/// is set, which stage logging needs: AWS refuses a stage with logging on until it is.
/// </summary>
public sealed class AccountCloudWatchRole
{
    private AccountCloudWatchRole(ITerraformDependable? setting) => Setting = setting;

    /// <summary>Set outside this stack (once per account and Region, by another stack or the console).</summary>
    public static AccountCloudWatchRole SetElsewhere { get; } = new(null);

    /// <summary>Set by a resource of this stack, usually an <c>aws_api_gateway_account</c>: the stage depends on it, so Terraform sets the role first.</summary>
    /// <param name="setting">The resource that sets the role.</param>
    public static AccountCloudWatchRole SetBy(ITerraformDependable setting)
    {
        ArgumentNullException.ThrowIfNull(setting);
        return new(setting);
    }

    /// <summary>The resource the stage depends on, or null.</summary>
    public ITerraformDependable? Setting { get; }
}
