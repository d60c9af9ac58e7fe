namespace WsRouteResponses.Model.Checks;

/// <summary>Checks <see cref="Rules.LoggingRole"/>.</summary>
public sealed class LoggingRoleRule : ElementRule<StageDefinition>
{
    /// <summary>Stage logging needs the account-level CloudWatch Logs role of API Gateway.</summary>
    internal static readonly Rule Definition = new("WSR505", RuleSeverity.Warning,
        "set the role once per account and Region with an aws_api_gateway_account (cloudwatch_role_arn: a role that apigateway.amazonaws.com assumes, with AmazonAPIGatewayPushToCloudWatchLogs) and pass CloudWatchRole = AccountCloudWatchRole.SetBy(account) so that Terraform sets it first, or CloudWatchRole = AccountCloudWatchRole.SetElsewhere if it is set already.",
        "API Gateway developer guide: set up CloudWatch logging; BadRequestException \"CloudWatch Logs role ARN must be set in account settings to enable logging\"",
        TerraformFix: "set the role once per account and Region with an aws_api_gateway_account (cloudwatch_role_arn: a role that apigateway.amazonaws.com assumes, with AmazonAPIGatewayPushToCloudWatchLogs), and put it in the stage's depends_on so that Terraform sets it first; if it is set already, this warning does not apply.");

    /// <inheritdoc />
    public override Rule Rule => Definition;

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
