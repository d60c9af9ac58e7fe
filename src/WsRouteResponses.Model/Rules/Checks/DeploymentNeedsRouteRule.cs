namespace WsRouteResponses.Model.Checks;

/// <summary>Checks <see cref="Rules.DeploymentNeedsRoute"/>.</summary>
public sealed class DeploymentNeedsRouteRule : ElementRule<DeploymentDefinition>
{
    /// <inheritdoc />
    public override Rule Rule => Rules.DeploymentNeedsRoute;

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
