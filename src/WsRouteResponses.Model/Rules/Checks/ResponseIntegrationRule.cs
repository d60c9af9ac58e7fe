namespace WsRouteResponses.Model.Checks;

/// <summary>Checks <see cref="Rules.ResponseIntegration"/>.</summary>
public sealed class ResponseIntegrationRule : ElementRule<IntegrationResponseDefinition>
{
    /// <summary>An integration response belongs to an integration (not another kind of resource) of its own API.</summary>
    internal static readonly Rule Definition = new("WSR309", RuleSeverity.Error,
        "point integration_id at an integration of the same API in this configuration, or at the literal id of one that exists in AWS.",
        "API Gateway CreateIntegrationResponse: NotFoundException");

    /// <inheritdoc />
    public override Rule Rule => Definition;

    /// <inheritdoc />
    public override IEnumerable<string> Check(IntegrationResponseDefinition response, IConfigurationView view)
    {
        // A reference to an undeclared resource is Terraform's own error; an id of another kind of resource,
        // or an integration of another API, is not.
        if (response.Integration.Address is { } address && ResourceConverter.TypeOf(address) != "aws_apigatewayv2_integration")
            yield return $"integration_id refers to {address}, which is not an integration.";
        else if (view.IntegrationOf(response.Integration) is { Api: not null } integration && response.Api is not null && integration.Api != response.Api)
            yield return $"integration_id refers to {view.NameOf(integration.Origin)}, an integration of another API ({integration.Api}).";
    }
}
