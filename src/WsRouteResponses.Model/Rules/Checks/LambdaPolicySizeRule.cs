namespace WsRouteResponses.Model.Checks;

/// <summary>Checks <see cref="Rules.LambdaPolicySize"/>.</summary>
public sealed class LambdaPolicySizeRule : ElementRule<PermissionDefinition>
{
    /// <summary>A Lambda function's resource policy holds 20 KB: about 50 invoke permissions, whichever APIs they allow.</summary>
    internal static readonly Rule Definition = new("WSR204", RuleSeverity.Warning,
        "set Permission = InvokePermission.PerApi on the Lambda integration (one permission for all routes of the API), or spread the routes over several functions.",
        "AWS Lambda quotas: function resource-based policy 20 KB",
        TerraformFix: "give the function one aws_lambda_permission for the whole API (source_arn = \"<api execution_arn>/*/*\") instead of one per route, or spread the routes over several functions.");

    /// <inheritdoc />
    public override Rule Rule => Definition;

    private const int MaxStatements = 50;

    /// <inheritdoc />
    public override IEnumerable<string> Check(PermissionDefinition permission, IConfigurationView view)
    {
        // The resource policy is the function's: every statement counts, whichever API (or anything else) it allows.
        var function = permission.FunctionName.Value ?? permission.FunctionName.Reference;
        if (function is null) yield break;
        var count = view.Permissions.Before(permission).Count(p => (p.FunctionName.Value ?? p.FunctionName.Reference) == function) + 1;
        if (count == MaxStatements + 1)
            yield return $"This is invoke permission {count} for function {permission.FunctionName.Describe()}; a Lambda resource policy holds 20 KB, about {MaxStatements} such statements.";
    }
}
