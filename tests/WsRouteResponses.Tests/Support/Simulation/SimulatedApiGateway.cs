namespace WsRouteResponses.Tests.Support.Simulation;

/// <summary>What AWS answered with an error to one step of an apply.</summary>
internal sealed class AwsRefusal(string message) : Exception(message);

/// <summary>A route as a deployment holds it: its integration, how many responses that integration has, and whether the route has its route response.</summary>
internal sealed record DeployedRoute(string IntegrationId, int IntegrationResponses, bool HasRouteResponse);

/// <summary>
/// The part of API Gateway that apply order decides, replayed from the steps of real Terraform applies
/// (<see cref="TerraformWorkspace"/>): which routes exist and which integration each targets, the
/// integration responses and route responses that exist, what a deployment contains (what exists when it
/// is created), what a stage serves (its deployment, or with auto-deploy whatever exists after each change,
/// deletions included), and AWS's refusals: deleting an integration a route still targets, creating a
/// route whose key another route of the API still has.
/// </summary>
internal sealed class SimulatedApiGateway
{
    private readonly Dictionary<string, string> _newestId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Key, string IntegrationId)> _routes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _integrations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _integrationResponses = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _routeResponses = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyDictionary<string, DeployedRoute>> _deployments = new(StringComparer.Ordinal);
    private readonly List<IReadOnlyDictionary<string, DeployedRoute>> _autoDeployments = [];
    private bool _autoDeploy;

    /// <summary>What the stage serves: route key to the route as deployed.</summary>
    public IReadOnlyDictionary<string, DeployedRoute> Served { get; private set; } = new Dictionary<string, DeployedRoute>();

    /// <summary>The route keys the stage serves.</summary>
    public IEnumerable<string> ServedRouteKeys => Served.Keys;

    /// <summary>Every deployment auto-deploy made, in order (one after each change to the API).</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, DeployedRoute>> AutoDeployments => _autoDeployments;

    /// <summary>The address of a live integration by id, or null (deleted, or never created).</summary>
    public string? LiveIntegration(string id) => _integrations.GetValueOrDefault(id);

    /// <summary>Replays the steps of one apply of <paramref name="stack"/>.</summary>
    /// <exception cref="AwsRefusal">A step AWS would refuse.</exception>
    public void Replay(StandInStack stack, IEnumerable<ApplyStep> steps)
    {
        var done = new List<ApplyStep>();
        foreach (var step in steps)
        {
            done.Add(step);
            var type = step.Address[..step.Address.IndexOf('.')];
            if (step.Action != "delete") _newestId[step.Address] = step.Id;
            switch (type, step.Action)
            {
                case ("aws_apigatewayv2_route", "delete"):
                    _routes.Remove(step.Id);
                    break;
                case ("aws_apigatewayv2_route", _):
                    var key = (string)stack.Resources[step.Address]["route_key"]!;
                    if (step.Action == "create" && _routes.Values.Any(r => r.Key == key))
                        throw new AwsRefusal($"{step}: ConflictException: Route with key {key} already exists for this API. Steps of this apply: {string.Join("; ", done)}");
                    _routes[step.Id] = (key, _newestId[Referenced(stack, step, "aws_apigatewayv2_integration")]);
                    break;
                case ("aws_apigatewayv2_integration", "delete"):
                    var users = _routes.Values.Where(r => r.IntegrationId == step.Id).Select(r => r.Key).ToList();
                    if (users.Count > 0)
                        throw new AwsRefusal($"{step}: BadRequestException: Cannot delete Integration because it is referenced by the following Routes: [{string.Join(", ", users)}]. Steps of this apply: {string.Join("; ", done)}");
                    _integrations.Remove(step.Id);
                    break;
                case ("aws_apigatewayv2_integration", _):
                    _integrations[step.Id] = step.Address;
                    break;
                case ("aws_apigatewayv2_integration_response", "delete"):
                    _integrationResponses.Remove(step.Id);
                    break;
                case ("aws_apigatewayv2_integration_response", _):
                    _integrationResponses[step.Id] = _newestId[Referenced(stack, step, "aws_apigatewayv2_integration")];
                    break;
                case ("aws_apigatewayv2_route_response", "delete"):
                    _routeResponses.Remove(step.Id);
                    break;
                case ("aws_apigatewayv2_route_response", _):
                    _routeResponses[step.Id] = _newestId[Referenced(stack, step, "aws_apigatewayv2_route")];
                    break;
                case ("aws_apigatewayv2_deployment", "delete"):
                    _deployments.Remove(step.Id);
                    break;
                case ("aws_apigatewayv2_deployment", "create"):
                    // A deployment is a snapshot; updating one changes only its description.
                    _deployments[step.Id] = LiveRoutes();
                    break;
                case ("aws_apigatewayv2_stage", "create" or "update"):
                    var stage = stack.Resources[step.Address];
                    _autoDeploy = (bool?)stage["auto_deploy"] == true;
                    if (_autoDeploy) AutoDeploy();
                    else Served = _deployments[_newestId[Referenced(stack, step, "aws_apigatewayv2_deployment")]];
                    continue;
            }
            // Auto-deploy: API Gateway deploys the API after every change to it.
            if (_autoDeploy && type.StartsWith("aws_apigatewayv2_", StringComparison.Ordinal)) AutoDeploy();
        }
    }

    private static string Referenced(StandInStack stack, ApplyStep step, string type) =>
        stack.References(step.Address).Single(a => a.StartsWith(type + ".", StringComparison.Ordinal));

    private void AutoDeploy()
    {
        Served = LiveRoutes();
        _autoDeployments.Add(Served);
    }

    private Dictionary<string, DeployedRoute> LiveRoutes() => _routes.ToDictionary(
        r => r.Value.Key,
        r => new DeployedRoute(r.Value.IntegrationId, _integrationResponses.Values.Count(i => i == r.Value.IntegrationId), _routeResponses.ContainsValue(r.Key)),
        StringComparer.Ordinal);
}
