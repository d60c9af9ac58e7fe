namespace WsRouteResponses.Model.Checks;

/// <summary>Checks <see cref="Rules.LambdaPolicySize"/>.</summary>
public sealed class LambdaPolicySizeRule : ElementRule<PermissionDefinition>
{
    /// <inheritdoc />
    public override Rule Rule => Rules.LambdaPolicySize;

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
