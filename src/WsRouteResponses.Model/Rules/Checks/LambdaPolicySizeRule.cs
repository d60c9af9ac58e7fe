namespace WsRouteResponses.Model.Checks;

/// <summary>Checks <see cref="Rules.LambdaPolicySize"/>.</summary>
public sealed class LambdaPolicySizeRule : ElementRule<PermissionDefinition>
{
    /// <inheritdoc />
    public override Rule Rule => Rules.LambdaPolicySize;

    private const int MaxRoutePermissions = 50;

    /// <inheritdoc />
    public override IEnumerable<string> Check(PermissionDefinition permission, IConfigurationView view)
    {
        var function = permission.FunctionName.Value ?? permission.FunctionName.Reference;
        if (function is null || permission.Api is null || permission.SourceArnPath == "/*/*") yield break;
        var count = view.Permissions.Before(permission).Count(p => p.Api == permission.Api && (p.FunctionName.Value ?? p.FunctionName.Reference) == function && p.SourceArnPath != "/*/*") + 1;
        if (count == MaxRoutePermissions + 1)
            yield return $"This is invoke permission {count} of this API for function {permission.FunctionName}; a Lambda resource policy holds 20 KB, about {MaxRoutePermissions} such statements.";
    }
}
