namespace WsRouteResponses.Model.Checks;

/// <summary>Checks <see cref="Rules.DeploymentTriggers"/>.</summary>
public sealed class DeploymentTriggersRule : ElementRule<DeploymentDefinition>
{
    /// <summary>A manual deployment's triggers cover everything it deploys.</summary>
    internal static readonly Rule Definition = new("WSR507", RuleSeverity.Warning,
        "make the deployment's triggers cover every route, integration, route response and integration response of the API (sha1(jsonencode([...])) of them, as WebSocketStage writes), or use auto_deploy.",
        "provider aws_apigatewayv2_deployment triggers; terraform-aws-apigateway-v2 misses integration responses");

    /// <inheritdoc />
    public override Rule Rule => Definition;

    /// <inheritdoc />
    public override bool NeedsWholeConfiguration => true;

    /// <inheritdoc />
    public override IEnumerable<string> Check(DeploymentDefinition deployment, IConfigurationView view)
    {
        // Only a stage known not to deploy itself (auto_deploy false or absent) depends on the triggers.
        if (deployment.TriggersCover is not { } covered || !view.Stages.Any(s => s.Deployment == deployment.Origin.Address && s.AutoDeploy != true)) yield break;
        var missing = view.Routes.Cast<Definition>().Concat(view.Integrations).Concat(view.RouteResponses).Concat(view.IntegrationResponses)
            .Where(d => d.Api == deployment.Api && d.Api is not null && !(d is IntegrationDefinition { IsDeclaredOnly: true }) && !covered.Contains(d.Origin.Address))
            .Select(d => view.NameOf(d.Origin)).ToList();
        if (missing.Count > 0)
            yield return $"The deployment's triggers do not cover {string.Join(", ", missing)}: a change to them never reaches the stage.";
    }
}
