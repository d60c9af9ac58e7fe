namespace WsRouteResponses.Tests.Support.Simulation;

/// <summary>What AWS answered with an error to one step of an apply.</summary>
internal sealed class AwsRefusal(string message) : Exception(message);

/// <summary>
/// The part of API Gateway that apply order decides, replayed from the steps of real Terraform applies
/// (<see cref="TerraformWorkspace"/>): which routes exist and which integration each targets, what a
/// deployment contains (the routes that exist when it is created), what a stage serves (its deployment,
/// or with auto-deploy whatever exists after each change, deletions included), and AWS's refusal to
/// delete an integration a route still targets.
/// </summary>
internal sealed class SimulatedApiGateway
{
    private readonly Dictionary<string, string> _newestId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Key, string IntegrationId)> _routes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _integrations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyDictionary<string, string>> _deployments = new(StringComparer.Ordinal);
    private bool _autoDeploy;

    /// <summary>What the stage serves: route key to the id of the integration the route targets.</summary>
    public IReadOnlyDictionary<string, string> Served { get; private set; } = new Dictionary<string, string>();

    /// <summary>The route keys the stage serves.</summary>
    public IEnumerable<string> ServedRouteKeys => Served.Keys;

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
                    var integration = stack.References(step.Address).Single(a => a.StartsWith("aws_apigatewayv2_integration.", StringComparison.Ordinal));
                    _routes[step.Id] = ((string)stack.Resources[step.Address]["route_key"]!, _newestId[integration]);
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
                    Served = _autoDeploy
                        ? LiveRoutes()
                        : _deployments[_newestId[stack.References(step.Address).Single(a => a.StartsWith("aws_apigatewayv2_deployment.", StringComparison.Ordinal))]];
                    continue;
            }
            // Auto-deploy: API Gateway deploys the API after every change to it.
            if (_autoDeploy && type.StartsWith("aws_apigatewayv2_", StringComparison.Ordinal)) Served = LiveRoutes();
        }
    }

    private Dictionary<string, string> LiveRoutes() => _routes.Values.ToDictionary(r => r.Key, r => r.IntegrationId, StringComparer.Ordinal);
}
