namespace WsRouteResponses.Model.Checks;

/// <summary>Checks <see cref="Rules.DeploymentNeedsRoute"/>.</summary>
public sealed class DeploymentNeedsRouteRule : ElementRule<DeploymentDefinition>
{
    /// <summary>A deployment needs at least one route in the API (checked for APIs created in the stack).</summary>
    internal static readonly Rule Definition = new("WSR503", RuleSeverity.Error,
        "add a route to the API, or leave AutoDeploy at its default (true): API Gateway then deploys once the API has routes.",
        "API Gateway CreateDeployment: BadRequestException",
        TerraformFix: "add a route to the API, or set auto_deploy = true on the stage: API Gateway then deploys once the API has routes.");

    /// <inheritdoc />
    public override Rule Rule => Definition;

    /// <inheritdoc />
    public override bool NeedsWholeConfiguration => true;

    /// <inheritdoc />
    public override IEnumerable<string> Check(DeploymentDefinition deployment, IConfigurationView view)
    {
        if (view.ApiOf(deployment) is not { IsAttached: false } || view.Routes.Any(r => r.Api == deployment.Api)) yield break;
        var stage = view.Stages.FirstOrDefault(s => s.Deployment == deployment.Origin.Address);
        yield return stage?.Name.Value is { } name ? $"Stage \"{name}\" deploys an API without routes." : "The deployment deploys an API without routes.";
    }
}
