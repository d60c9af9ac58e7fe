namespace WsRouteResponses.Model.Checks;

/// <summary>Checks <see cref="Rules.LoggingRole"/>.</summary>
public sealed class LoggingRoleRule : ElementRule<StageDefinition>
{
    /// <inheritdoc />
    public override Rule Rule => Rules.LoggingRole;

    /// <inheritdoc />
    public override IEnumerable<string> Check(StageDefinition stage, IConfigurationView view)
    {
        // Per-route settings turn on execution logging as the defaults do.
        var logging = new[] { stage.DefaultRouteSettings }.Concat(stage.PerRouteSettings)
            .Any(settings => settings?.LoggingLevel?.Value is "ERROR" or "INFO" || settings?.DataTraceEnabled == true);
        if (logging && !stage.DependsOn.Any(d => ResourceConverter.TypeOf(d) == "aws_api_gateway_account"))
            yield return $"Stage {stage.Name.Quoted()} turns on execution logging; AWS refuses it (\"CloudWatch Logs role ARN must be set in account settings to enable logging\") unless the account's API Gateway CloudWatch Logs role is set.";
    }
}
