namespace WsRouteResponses.Model.Checks;

/// <summary>Checks <see cref="Rules.LambdaInvokePermission"/>.</summary>
public sealed class LambdaInvokePermissionRule : ElementRule<IntegrationDefinition>
{
    private const string FunctionType = "aws_lambda_function.";

    /// <summary>A Lambda function invoked without a credentials role needs a resource-based permission for API Gateway.</summary>
    internal static readonly Rule Definition = new("WSR210", RuleSeverity.Warning,
        "let the route's integration grant it (the default: InvokePermission.PerRoute or PerApi), or grant it yourself and set Permission = InvokePermission.None.",
        "AWS Lambda developer guide: resource-based policies (granting API Gateway access); API Gateway troubleshooting: Internal Server Error without it",
        TerraformFix: "add an aws_lambda_permission with action = \"lambda:InvokeFunction\", principal = \"apigateway.amazonaws.com\" and source_arn = \"<api execution_arn>/*/<route key>\" (or /*/*), or give the integration a credentials_arn role that may invoke it; if it is granted outside this configuration, this warning does not apply.");

    /// <inheritdoc />
    public override Rule Rule => Definition;

    /// <inheritdoc />
    public override bool NeedsWholeConfiguration => true;

    /// <inheritdoc />
    public override IEnumerable<string> Check(IntegrationDefinition integration, IConfigurationView view)
    {
        // Judged only for a function of the configuration, invoked without a credentials role (API Gateway
        // then needs the function's resource policy), when every permission for API Gateway names its function
        // and no module call is given the function (it may grant the permission).
        if (integration.Type.Value is not ("AWS" or "AWS_PROXY") || integration.CredentialsArn is not null
            || FunctionOf(integration.Uri?.Reference, ".invoke_arn") is not { } function || view.ReferencedByModules.Contains(function)) yield break;
        var forApiGateway = view.Permissions.Where(p => !p.Principal.IsKnown || p.Principal.Is("apigateway.amazonaws.com")).ToList();
        if (forApiGateway.Any(p => FunctionOf(p.FunctionName.Reference) is null)) yield break;
        if (!forApiGateway.Any(p => FunctionOf(p.FunctionName.Reference) == function))
            yield return $"No aws_lambda_permission lets apigateway.amazonaws.com invoke {function}: every invocation fails (a message gets {{\"message\": \"Internal server error\"}}; on $connect, the handshake fails).";
    }

    // aws_lambda_function.f of a reference to one of its attributes (function_name, arn, invoke_arn, ...), else null.
    private static string? FunctionOf(string? reference, string? attribute = null)
    {
        if (reference is null || !reference.StartsWith(FunctionType, StringComparison.Ordinal)) return null;
        var dot = reference.IndexOf('.', FunctionType.Length);
        if (dot < 0 || (attribute is not null && reference[dot..] != attribute)) return null;
        return reference[..dot];
    }
}
