using Constructs;
using WsRouteResponses.Locations;
using WsRouteResponses.Model;

namespace WsRouteResponses.Modeling;

/// <summary>
/// The model of one API as its constructs build it (<see cref="WebSocketConfiguration"/>'s elements, in
/// the order they were added), and where the rules run: each element is checked by every rule of
/// <see cref="RuleChecks"/> as it is added (errors throw, naming the construct given the bad input;
/// warnings become annotations on it); rules that need the whole configuration run when cdktf validates.
/// </summary>
internal sealed class ApiModel : IConfigurationView
{
    private readonly List<ApiDefinition> _apis = [];
    private readonly List<RouteDefinition> _routes = [];
    private readonly List<RouteResponseDefinition> _routeResponses = [];
    private readonly List<IntegrationDefinition> _integrations = [];
    private readonly List<IntegrationResponseDefinition> _integrationResponses = [];
    private readonly List<ModelDefinition> _models = [];
    private readonly List<StageDefinition> _stages = [];
    private readonly List<DeploymentDefinition> _deployments = [];
    private readonly List<PermissionDefinition> _permissions = [];
    private readonly Dictionary<string, Definition> _byAddress = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (IConstruct Construct, string Path, Rule[] Accepted)> _owners = new(StringComparer.Ordinal);
    private readonly List<Func<DeploymentDefinition>> _lateDeployments = [];
    private readonly Dictionary<string, string> _tokenReferences = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _dataSources = new(StringComparer.Ordinal);
    private readonly HashSet<string> _ownValidations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CreationSite?> _creationSites = new(StringComparer.Ordinal);
    private List<Finding>? _wholeFindings;
    private readonly HashSet<Finding> _warned = [];

    public IReadOnlyList<ApiDefinition> Apis => _apis;
    public IReadOnlyList<RouteDefinition> Routes => _routes;
    public IReadOnlyList<RouteResponseDefinition> RouteResponses => _routeResponses;
    public IReadOnlyList<IntegrationDefinition> Integrations => _integrations;
    public IReadOnlyList<IntegrationResponseDefinition> IntegrationResponses => _integrationResponses;
    public IReadOnlyList<ModelDefinition> Models => _models;
    public IReadOnlyList<StageDefinition> Stages => _stages;
    public IReadOnlyList<DeploymentDefinition> Deployments => _deployments;
    public IReadOnlyList<PermissionDefinition> Permissions => _permissions;
    public IReadOnlySet<string> ReferencedByModules { get; } = new HashSet<string>();

    public T? Find<T>(string? address) where T : Definition =>
        address is not null && _byAddress.TryGetValue(address, out var definition) ? definition as T : null;

    /// <summary>The constructs name another element by the path of the construct that made it; one the library does not write, by address.</summary>
    public string NameOf(Origin origin) => origin.Path is not null && _owners.TryGetValue(origin.Address, out var owner) ? owner.Path : origin.Address;

    /// <summary>Makes <paramref name="token"/> (a cdktf token of a value the library knows) read as the Terraform reference it resolves to.</summary>
    public void AddTokenReference(string token, string reference) => _tokenReferences[token] = reference;

    /// <summary>Records that the data source at <paramref name="address"/> looks up the API <paramref name="apiKey"/> (its execution ARN names the API in permissions).</summary>
    public void AddDataSource(string address, string apiKey) => _dataSources[address] = apiKey;

    /// <summary>The element a referenced address names (<see cref="ResourceConverter.Convert"/>): the API a data source looks up, or null; a resource itself.</summary>
    public string? ElementOf(string address) => ResourceConverter.IsDataSource(address) ? _dataSources.GetValueOrDefault(address) : address;

    /// <summary>A Terraform string as cdktf will write it, as far as the library knows: its tokens replaced by their references.</summary>
    public string Resolve(string raw)
    {
        if (!raw.Contains("TfToken[", StringComparison.Ordinal)) return raw;
        foreach (var (token, reference) in _tokenReferences)
            raw = raw.Replace(token, reference, StringComparison.Ordinal);
        // A token the library did not make (a value of the user's resources): cdktf knows what it stands for (one jsii call).
        return raw.Contains("TfToken[", StringComparison.Ordinal) && TokenResolver?.Invoke(raw) is { } resolved ? resolved : raw;
    }

    /// <summary>Resolves cdktf tokens the way synthesis will (set by the API: its stack's <c>Resolve</c>).</summary>
    public Func<string, string?>? TokenResolver { get; init; }

    /// <summary>Adds an element built by <paramref name="owner"/> and checks it.</summary>
    /// <param name="definition">The element.</param>
    /// <param name="owner">The construct given the input the element comes from (warnings go to it).</param>
    /// <param name="ownerPath">Its construct path (errors name it).</param>
    /// <param name="accepted">Rules the owner was told to accept (e.g. <c>WSR505</c> when the role is set elsewhere).</param>
    /// <exception cref="WebSocketRuleException">The element breaks a rule whose severity is error.</exception>
    public void Add(Definition definition, IConstruct owner, string ownerPath, params Rule[] accepted) =>
        AddAll([definition], owner, ownerPath, accepted);

    /// <summary>Adds elements that belong together (the responses of one set), then checks each, so that rules see them all.</summary>
    /// <exception cref="WebSocketRuleException">An element breaks a rule whose severity is error.</exception>
    public void AddAll(IReadOnlyList<Definition> definitions, IConstruct owner, string ownerPath, params Rule[] accepted)
    {
        foreach (var definition in definitions) Store(definition, owner, ownerPath, accepted);
        _wholeFindings = null;
        Report(definitions.SelectMany(d => RuleChecks.All.Where(r => !r.NeedsWholeConfiguration).SelectMany(r => Check(r, d))).ToList());
    }

    private void Store(Definition definition, IConstruct owner, string ownerPath, Rule[] accepted)
    {
        switch (definition)
        {
            case ApiDefinition d: _apis.Add(d); break;
            case RouteDefinition d: _routes.Add(d); break;
            case RouteResponseDefinition d: _routeResponses.Add(d); break;
            case IntegrationDefinition d: _integrations.Add(d); break;
            case IntegrationResponseDefinition d: _integrationResponses.Add(d); break;
            case ModelDefinition d: _models.Add(d); break;
            case StageDefinition d: _stages.Add(d); break;
            case PermissionDefinition d: _permissions.Add(d); break;
            default: throw new ArgumentException($"{definition.GetType().Name} is added with AddLate.", nameof(definition));
        }
        _byAddress[definition.Origin.Address] = definition;
        _owners[definition.Origin.Address] = (owner, ownerPath, accepted);
        RecordCreationSite(ownerPath);
    }

    // Elements are added while their construct is being made: the user's frame is on the stack (read once a construct).
    private void RecordCreationSite(string ownerPath)
    {
        if (!_creationSites.ContainsKey(ownerPath)) _creationSites[ownerPath] = CreationSite.OfCaller();
    }

    /// <summary>Adds a deployment whose triggers are known only when every element exists (at synth).</summary>
    public void AddLate(Func<DeploymentDefinition> deployment, IConstruct owner, string ownerPath, string address)
    {
        _lateDeployments.Add(deployment);
        _owners[address] = (owner, ownerPath, []);
        RecordCreationSite(ownerPath);
        _wholeFindings = null;
    }

    /// <summary>
    /// Runs the rules that need the whole configuration (once until an element is added), with late
    /// elements built: warnings become annotations; returns the errors, with the construct path of each and
    /// where the user's code made that construct (<see cref="CreationSite"/>), when known.
    /// </summary>
    public IReadOnlyList<(string Path, string Message, string? CreatedAt)> CheckWhole()
    {
        if (_wholeFindings is null)
        {
            _deployments.Clear();
            _deployments.AddRange(_lateDeployments.Select(d => d()));
            foreach (var deployment in _deployments) _byAddress[deployment.Origin.Address] = deployment;
            _wholeFindings = RuleChecks.All.Where(r => r.NeedsWholeConfiguration).SelectMany(r => r.CheckAll(this)).Where(Reported).ToList();
            // Once per warning, however often the whole configuration is checked (reading Configuration checks it too).
            foreach (var warning in _wholeFindings.Where(f => f.Rule.Severity == RuleSeverity.Warning && _warned.Add(f)))
                Annotations.Of(_owners[warning.Origin.Address].Construct).AddWarning(warning.Message);
        }
        return _wholeFindings.Where(f => f.Rule.Severity == RuleSeverity.Error).Select(ErrorOf).ToList();

        (string, string, string?) ErrorOf(Finding finding)
        {
            var path = _owners[finding.Origin.Address].Path;
            return (path, finding.Message, _creationSites.GetValueOrDefault(path)?.Describe());
        }
    }

    /// <summary>Records that the construct at <paramref name="path"/> reports its own whole-configuration errors.</summary>
    public void AddOwnValidation(string path) => _ownValidations.Add(path);

    /// <summary>Whether the construct at <paramref name="path"/> reports its own whole-configuration errors.</summary>
    public bool HasOwnValidation(string path) => _ownValidations.Contains(path);

    /// <summary>The whole model, as <c>check</c> would read it from the synthesized JSON.</summary>
    public WebSocketConfiguration Build()
    {
        _ = CheckWhole();
        return new WebSocketConfiguration(_byAddress.Values);
    }

    private IEnumerable<Finding> Check(WebSocketRule rule, Definition definition) => definition switch
    {
        ApiDefinition d => rule.CheckElement(d, this),
        RouteDefinition d => rule.CheckElement(d, this),
        RouteResponseDefinition d => rule.CheckElement(d, this),
        IntegrationDefinition d => rule.CheckElement(d, this),
        IntegrationResponseDefinition d => rule.CheckElement(d, this),
        ModelDefinition d => rule.CheckElement(d, this),
        StageDefinition d => rule.CheckElement(d, this),
        PermissionDefinition d => rule.CheckElement(d, this),
        _ => [],
    };

    private bool Reported(Finding finding) =>
        _owners.TryGetValue(finding.Origin.Address, out var owner) && !owner.Accepted.Contains(finding.Rule);

    private void Report(IReadOnlyList<Finding> findings)
    {
        foreach (var finding in findings.Where(Reported))
        {
            var owner = _owners[finding.Origin.Address];
            if (finding.Rule.Severity == RuleSeverity.Error)
                throw new WebSocketRuleException(finding.Rule, owner.Path, finding.Problem);
            Annotations.Of(owner.Construct).AddWarning(finding.Message);
        }
    }
}
