namespace WsRouteResponses.Model.Checks;

/// <summary>Checks <see cref="Rules.PermissionScope"/>.</summary>
public sealed class PermissionScopeRule : ElementRule<PermissionDefinition>
{
    /// <summary>A Lambda permission for API Gateway is limited to one API by its source ARN.</summary>
    internal static readonly Rule Definition = new("WSR209", RuleSeverity.Warning,
        "set source_arn to <api execution_arn>/*/<route key> (or /*/* for every route of the API) so that only this API can invoke the function.",
        "AWS Lambda developer guide: resource-based policies, confused deputy");

    /// <inheritdoc />
    public override Rule Rule => Definition;

    /// <inheritdoc />
    public override IEnumerable<string> Check(PermissionDefinition permission, IConfigurationView view)
    {
        if (!permission.Principal.Is("apigateway.amazonaws.com")) yield break;
        if (permission.SourceArn is null)
            yield return "The permission lets API Gateway invoke the function with no source_arn: any API of any account can.";
        else if (permission.SourceArn.Value.Value is { } arn && Broad(arn))
            yield return $"The source ARN \"{arn}\" is not limited to one API.";
    }

    // arn:aws:execute-api:region:account:api-id/stage/route: a wildcard in region, account or API id reaches other APIs.
    private static bool Broad(string arn)
    {
        var parts = arn.Split(':', 6);
        // Lambda matches source_arn with ArnLike: '*' and '?' are both wildcards.
        return parts.Length < 6 || HasWildcard(parts[3]) || HasWildcard(parts[4]) || HasWildcard(parts[5].Split('/')[0]);
    }

    private static bool HasWildcard(string part) => part.AsSpan().IndexOfAny('*', '?') >= 0;
}
