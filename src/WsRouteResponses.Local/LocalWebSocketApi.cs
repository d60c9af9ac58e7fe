using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using WsRouteResponses.Local.Vtl;
using WsRouteResponses.Model;

namespace WsRouteResponses.Local;

/// <summary>
/// Serves the WebSocket APIs of a synthesized stack on Kestrel, each stage at <c>ws://host:port/&lt;stage&gt;</c>,
/// with API Gateway's behaviour: for tests (<see cref="ConnectAsync"/>) and for <c>wsrr serve</c>.
/// </summary>
public sealed class LocalWebSocketApi : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Dictionary<string, ApiRuntime> _stages;
    private readonly HttpClient _http;
    private readonly LambdaHost _lambdas;
    private readonly ConcurrentDictionary<string, Session> _sessions = new(StringComparer.Ordinal);

    private LocalWebSocketApi(WebApplication app, Dictionary<string, ApiRuntime> stages, HttpClient http, LambdaHost lambdas, Uri baseUrl)
    {
        _app = app;
        _stages = stages;
        _http = http;
        _lambdas = lambdas;
        BaseUrl = baseUrl;
    }

    /// <summary>The <c>ws://</c> address the APIs are served at (add the stage name).</summary>
    public Uri BaseUrl { get; }

    /// <summary>The stage names served, each with its API's route keys.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Stages =>
        _stages.ToDictionary(s => s.Key, s => (IReadOnlyList<string>)s.Value.Routes.Select(r => r.RouteKey.ToString()).ToList());

    /// <summary>The URL of a stage, what <c>wscat -c</c> connects to.</summary>
    public Uri Url(string stage) => new(BaseUrl, stage);

    /// <summary>
    /// Reads a <c>cdk.tf.json</c>, a <c>cdktf.out/</c> folder, a Terraform project's folder of <c>.tf</c> files or a
    /// plan (see <see cref="TerraformReader"/>) and serves it; what the reader could not read goes to the trace as notes.
    /// A relative <paramref name="path"/> that the current folder lacks is looked for in its parent folders, nearest
    /// first, so that a test (whose working folder is its <c>bin/&lt;configuration&gt;/&lt;framework&gt;</c>) finds
    /// the <c>cdktf.out</c> that <c>cdktf synth</c> wrote beside the app.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    /// <exception cref="ConfigurationReadException">The path cannot be read.</exception>
    /// <exception cref="InvalidOperationException">The stack breaks a rule (its errors are the message), or has no WebSocket stage.</exception>
    public static Task<LocalWebSocketApi> StartAsync(string path, LocalOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var found = NearestExisting(path, Environment.CurrentDirectory);
        if (found != path) options?.Trace?.WriteLine($"note: {path} is not in {Environment.CurrentDirectory}; serving {found}");
        var stacks = TerraformReader.Read(found, options?.Variables);
        foreach (var note in stacks.SelectMany(s => s.Document.Notes)) options?.Trace?.WriteLine($"note: {note}");
        // Node.js and Python functions run from the stack's assets, which only a file on disk has.
        var functions = stacks.SelectMany(s => StackFunction.Read(s.Document)).ToDictionary(f => f.Address, StringComparer.Ordinal);
        return StartAsync(new WebSocketConfiguration(stacks.SelectMany(s => s.Configuration.All)), options, functions);
    }

    /// <summary>The path itself when absolute or in <paramref name="currentFolder"/>; else the nearest parent folder's that has it.</summary>
    /// <exception cref="ConfigurationReadException">No folder has it.</exception>
    internal static string NearestExisting(string path, string currentFolder)
    {
        if (Path.IsPathRooted(path) || Exists(Path.Combine(currentFolder, path))) return path;
        for (var folder = Directory.GetParent(Path.GetFullPath(currentFolder)); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, path);
            if (Exists(candidate)) return candidate;
        }
        throw new ConfigurationReadException($"{path}: no such file or folder in {currentFolder} or its parent folders (run cdktf synth first, or pass WebSocketTesting.SynthesizeToFolder(stack)).");

        static bool Exists(string candidate) => File.Exists(candidate) || Directory.Exists(candidate);
    }

    /// <summary>Serves <paramref name="configuration"/>.</summary>
    /// <exception cref="InvalidOperationException">The configuration breaks a rule, has no WebSocket stage, or two APIs share a stage name.</exception>
    public static Task<LocalWebSocketApi> StartAsync(WebSocketConfiguration configuration, LocalOptions? options = null) =>
        StartAsync(configuration, options, new Dictionary<string, StackFunction>());

    private static async Task<LocalWebSocketApi> StartAsync(WebSocketConfiguration configuration, LocalOptions? options, IReadOnlyDictionary<string, StackFunction> functions)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        options ??= new LocalOptions();
        var findings = RuleChecks.CheckAll(configuration).ToList();
        foreach (var warning in findings.Where(f => f.Rule.Severity == RuleSeverity.Warning))
            options.Trace?.WriteLine($"warning {warning.Rule.Id} {warning.Origin.Address}: {warning.Problem} Fix: {warning.Rule.FixInTerraform}");
        var errors = findings.Where(f => f.Rule.Severity == RuleSeverity.Error).ToList();
        if (errors.Count > 0)
            throw new InvalidOperationException(string.Join("\n", errors.Select(e => $"error {e.Rule.Id} {e.Origin.Address}: {e.Problem} Fix: {e.Rule.FixInTerraform}")));
        if (configuration.Stages.Count == 0)
            throw new InvalidOperationException("The stack has no WebSocket API stage to serve (aws_apigatewayv2_stage).");
        CheckLambdaUrls(configuration, options);

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://{options.Host}:{options.Port}");
        var app = builder.Build();
        var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        var local = (LocalWebSocketApi?)null;
        // Functions start on their first invocation, when the server's address is known.
        var lambdas = new LambdaHost(functions, new FunctionEnvironment(configuration, () => local!.BaseUrl), options, http);
        var templates = new VtlTemplateCache();
        var caller = new IntegrationCaller(http, options, lambdas, new IntegrationRequest(templates));
        var stages = new Dictionary<string, ApiRuntime>(StringComparer.Ordinal);
        foreach (var stage in configuration.Stages)
        {
            var name = stage.Name.Value ?? throw new InvalidOperationException($"{stage.Origin.Address}: the stage name is known only at apply.");
            var api = configuration.Find<ApiDefinition>(stage.Api) ?? throw new InvalidOperationException($"{stage.Origin.Address}: its API is not in the stack.");
            if (!stages.TryAdd(name, new ApiRuntime(configuration, api, stage, caller, templates)))
                throw new InvalidOperationException($"Two stages are named \"{name}\"; they would share ws://host/{name}.");
        }

        // Before the WebSocket middleware, which takes the upgrade feature as each request comes in.
        app.Use((context, next) =>
        {
            if (context.Features.Get<IHttpUpgradeFeature>() is { } upgrade) context.Features.Set<IHttpUpgradeFeature>(new FrameWatch(upgrade));
            return next(context);
        });
        app.UseWebSockets();
        app.Map("/{stage}", (HttpContext context, string stage) => local!.ServeAsync(context, stage, options));
        app.Map("/{stage}/@connections/{id}", (HttpContext context, string stage, string id) => new ManagementApi(local!._sessions, options.Trace).HandleAsync(context, stage, id));
        await app.StartAsync();
        var address = new Uri(app.Urls.First());
        local = new LocalWebSocketApi(app, stages, http, lambdas, new Uri($"ws://{address.Host}:{address.Port}/"));
        return local;
    }

    /// <summary>Connects a client to a stage.</summary>
    /// <param name="stage">The stage name.</param>
    /// <param name="headers">Headers of the upgrade request (what a <c>$connect</c> authorizer reads). Default: none.</param>
    /// <param name="query">The query string, without <c>?</c>. Default: none.</param>
    /// <param name="cancellation">Cancels the connection attempt.</param>
    /// <exception cref="WebSocketException">The handshake was refused (its status is in the message).</exception>
    public async Task<LocalClient> ConnectAsync(string stage, IReadOnlyDictionary<string, string>? headers = null, string? query = null, CancellationToken cancellation = default)
    {
        var socket = new ClientWebSocket();
        foreach (var (name, value) in headers ?? new Dictionary<string, string>()) socket.Options.SetRequestHeader(name, value);
        await socket.ConnectAsync(query is null ? Url(stage) : new Uri($"{Url(stage)}?{query}"), cancellation);
        return new LocalClient(socket);
    }

    private async Task ServeAsync(HttpContext context, string stage, LocalOptions options)
    {
        if (!_stages.TryGetValue(stage, out var runtime))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await context.Response.WriteAsync("{\"message\":\"Forbidden\"}");
            return;
        }
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status426UpgradeRequired;
            return;
        }
        var connection = new ConnectionInfo(stage, "local", $"{BaseUrl.Host}:{BaseUrl.Port}", context.Connection.RemoteIpAddress?.ToString() ?? "127.0.0.1",
            context.Request.Headers.UserAgent.Count > 0 ? context.Request.Headers.UserAgent.ToString() : null);
        var handshake = new Handshake(
            context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            context.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal));
        var (status, connectTrace, subprotocol) = await runtime.ConnectAsync(connection, handshake, context.RequestAborted);
        options.Trace?.WriteLine($"[{stage}] {connection.Id} {connectTrace}");
        if (status is < 200 or >= 300)
        {
            context.Response.StatusCode = status;
            return;
        }
        using var socket = await context.WebSockets.AcceptWebSocketAsync(new WebSocketAcceptContext { SubProtocol = subprotocol });
        var frames = (context.Features.Get<IHttpUpgradeFeature>() as FrameWatch)?.Stream;
        var session = _sessions[connection.Id] = new Session(socket, connection);
        try
        {
            await ConnectionLoop.RunAsync(session, frames, runtime, options, context.RequestAborted, _app.Lifetime.ApplicationStopping);
        }
        finally
        {
            _sessions.TryRemove(connection.Id, out _);
            options.Trace?.WriteLine($"[{stage}] {connection.Id} {await runtime.DisconnectAsync(connection)}");
        }
    }

    // A URL that is not absolute HTTP, or a function no integration or authorizer invokes (a typo), is refused at start.
    private static void CheckLambdaUrls(WebSocketConfiguration configuration, LocalOptions options)
    {
        foreach (var (function, url) in options.LambdaUrls)
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                throw new InvalidOperationException($"--lambda {function}={url}: the URL must be absolute http or https, e.g. http://127.0.0.1:9000/2015-03-31/functions/function/invocations");
        var uris = configuration.Integrations.Select(i => i.Uri).Concat(configuration.Authorizers.Select(a => a.AuthorizerUri));
        if (LambdaHost.UnusedUrls(options.LambdaUrls, uris, out var invoked).FirstOrDefault() is { } unused)
            throw new InvalidOperationException($"--lambda {unused}: no integration or authorizer invokes a function with that resource name or address; "
                + (invoked.Count == 0 ? "the stack invokes no Lambda function." : $"the stack invokes {string.Join(", ", invoked)}."));
    }

    /// <summary>Stops the server.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _lambdas.DisposeAsync();
        _http.Dispose();
    }
}
