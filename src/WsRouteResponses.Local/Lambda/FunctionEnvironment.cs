using System.Text.RegularExpressions;
using WsRouteResponses.Model;

namespace WsRouteResponses.Local;

/// <summary>
/// The environment a function runs with locally, as Lambda sets it up ("Using Lambda environment
/// variables", defined runtime environment variables): its name, version, memory size, log group and
/// stream, handler, runtime, task root, region and time zone. Its own variables known before apply are
/// kept; one whose Terraform expression names a served API's endpoint is pointed at this server, so a
/// backend reaches the local <c>@connections</c> API (e.g. <c>WebSocketStage.CallbackUrl</c>,
/// <c>${replace(aws_apigatewayv2_api.X.api_endpoint, "wss://", "https://")}/prod</c>); any other
/// expression leaves its variable out. Credentials, which the Lambda runtime always sets, are added when
/// this machine has no AWS configuration at all (the SDK needs them to sign); a machine with a profile, a
/// credentials or config file, or a role keeps its own. <c>WSRR_LOCAL_HOST</c> tells the stand-in
/// management clients which host is this plain-http server.
/// </summary>
internal sealed partial class FunctionEnvironment(WebSocketConfiguration configuration, Func<Uri> baseUrl)
{
    private static readonly Dictionary<string, string> s_credentials = new(StringComparer.Ordinal)
    {
        ["AWS_ACCESS_KEY_ID"] = "local", ["AWS_SECRET_ACCESS_KEY"] = "local",
    };

    /// <summary>
    /// The machine's variables of the AWS configuration the SDKs read (credentials, profile, their files, a
    /// role's token, region): an execution environment gets them, standing for the function's role, and a
    /// machine with any of them keeps its own credentials.
    /// </summary>
    public static readonly IReadOnlyList<string> AwsConfigurationVariables =
    [
        "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE", "AWS_SHARED_CREDENTIALS_FILE", "AWS_CONFIG_FILE",
        "AWS_REGION", "AWS_DEFAULT_REGION", "AWS_WEB_IDENTITY_TOKEN_FILE", "AWS_ROLE_ARN", "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "AWS_CONTAINER_CREDENTIALS_FULL_URI",
    ];

    /// <summary>The variables to start an execution environment of <paramref name="function"/> with, its code unpacked in <paramref name="taskRoot"/> and its runner in <paramref name="runtimeDirectory"/>.</summary>
    public IReadOnlyDictionary<string, string> For(StackFunction function, string taskRoot, string runtimeDirectory)
    {
        var host = $"{baseUrl().Host}:{baseUrl().Port}";
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in function.Environment)
            if (Resolve(value, host) is { } resolved) variables[name] = resolved;
        var region = function.Region ?? Environment.GetEnvironmentVariable("AWS_REGION") ?? Environment.GetEnvironmentVariable("AWS_DEFAULT_REGION") ?? "us-east-1";
        // Lambda reserves these names (a function cannot set them), so none clashes with the function's own.
        var runtime = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["_HANDLER"] = function.Handler,
            ["AWS_EXECUTION_ENV"] = $"AWS_Lambda_{function.Runtime}",
            ["AWS_LAMBDA_FUNCTION_NAME"] = function.Name,
            ["AWS_LAMBDA_FUNCTION_MEMORY_SIZE"] = function.MemorySize.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["AWS_LAMBDA_FUNCTION_VERSION"] = "$LATEST",
            ["AWS_LAMBDA_INITIALIZATION_TYPE"] = "on-demand",
            ["AWS_LAMBDA_LOG_GROUP_NAME"] = $"/aws/lambda/{function.Name}",
            ["AWS_LAMBDA_LOG_STREAM_NAME"] = $"{DateTime.UtcNow:yyyy'/'MM'/'dd}/[$LATEST]{Guid.NewGuid():N}",
            ["AWS_REGION"] = region, ["AWS_DEFAULT_REGION"] = region,
            ["LAMBDA_TASK_ROOT"] = taskRoot, ["LAMBDA_RUNTIME_DIR"] = runtimeDirectory,
            ["TZ"] = ":UTC", ["LANG"] = "en_US.UTF-8",
        };
        foreach (var (name, value) in runtime) variables.TryAdd(name, value);
        if (!MachineHasAwsConfiguration())
            foreach (var (name, value) in s_credentials) variables.TryAdd(name, value);
        variables["WSRR_LOCAL_HOST"] = host;
        return variables;
    }

    private static bool MachineHasAwsConfiguration()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return AwsConfigurationVariables.Any(name => Environment.GetEnvironmentVariable(name) is not null)
            || File.Exists(Path.Combine(home, ".aws", "credentials")) || File.Exists(Path.Combine(home, ".aws", "config"));
    }

    // Each ${...} resolved to an AWS-shaped URL on this host, then its scheme made the local one
    // (wss -> ws, https -> http), or null when one cannot be resolved.
    private string? Resolve(string value, string host)
    {
        var unresolved = false;
        var text = Interpolation().Replace(value, match =>
        {
            var url = Url(match.Groups[1].Value.Trim(), host);
            unresolved |= url is null;
            return url ?? "";
        });
        return unresolved ? null : text.Replace($"wss://{host}", $"ws://{host}", StringComparison.Ordinal).Replace($"https://{host}", $"http://{host}", StringComparison.Ordinal);
    }

    private string? Url(string expression, string host)
    {
        if (Replace().Match(expression) is { Success: true } call)
            return Url(call.Groups["target"].Value, host)?.Replace(call.Groups["old"].Value, call.Groups["new"].Value, StringComparison.Ordinal);
        if (ApiEndpoint().Match(expression) is { Success: true } api && configuration.Find<ApiDefinition>($"aws_apigatewayv2_api.{api.Groups[1].Value}") is not null)
            return $"wss://{host}";
        if (InvokeUrl().Match(expression) is { Success: true } stage
            && configuration.Find<StageDefinition>($"aws_apigatewayv2_stage.{stage.Groups[1].Value}")?.Name.Value is { } name)
            return $"wss://{host}/{name}";
        return null;
    }

    [GeneratedRegex(@"\$\{([^{}]*)\}")]
    private static partial Regex Interpolation();

    [GeneratedRegex("""^replace\(\s*(?<target>[^,]+?)\s*,\s*"(?<old>[^"]*)"\s*,\s*"(?<new>[^"]*)"\s*\)$""")]
    private static partial Regex Replace();

    [GeneratedRegex(@"^aws_apigatewayv2_api\.([A-Za-z0-9_-]+)\.api_endpoint$")]
    private static partial Regex ApiEndpoint();

    [GeneratedRegex(@"^aws_apigatewayv2_stage\.([A-Za-z0-9_-]+)\.invoke_url$")]
    private static partial Regex InvokeUrl();
}
