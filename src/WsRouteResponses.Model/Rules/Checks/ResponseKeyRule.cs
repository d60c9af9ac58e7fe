namespace WsRouteResponses.Model.Checks;

/// <summary>Checks <see cref="Rules.ResponseKey"/>.</summary>
public sealed class ResponseKeyRule : ElementRule<IntegrationResponseDefinition>
{
    /// <summary>An integration response key is <c>$default</c> or a regular expression between slashes.</summary>
    internal static readonly Rule Definition = new("WSR305", RuleSeverity.Error,
        "use IntegrationResponseKey.Default, .Status(404), .StatusClass(2) or .Regex(\"5\\\\d\\\\d\"); a custom key is a Java-style regular expression written between slashes, like /4\\d\\d/.",
        "API Gateway developer guide: WebSocket integration responses; selection expressions",
        TerraformFix: "use $default or a Java-style regular expression between slashes, e.g. /404/ or /2\\d\\d/ (\"/2\\\\d\\\\d/\" in a Terraform JSON or HCL string).");

    /// <inheritdoc />
    public override Rule Rule => Definition;

    /// <inheritdoc />
    public override IEnumerable<string> Check(IntegrationResponseDefinition response, IConfigurationView view)
    {
        if (response.Key.Value is { } key && !view.IsOnProxy(response) && ResponseKeySyntax.Problem(key) is { } problem)
            yield return problem;
    }
}
