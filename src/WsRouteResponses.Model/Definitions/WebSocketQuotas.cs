using WsRouteResponses.Model;

namespace WsRouteResponses;

/// <summary>
/// The API Gateway quotas of a WebSocket API that the library counts against. All three are adjustable
/// in AWS (Service Quotas or AWS Support), so going over one is a warning (rules <c>WSR104</c>,
/// <c>WSR202</c>, <c>WSR504</c>); declare a raised quota here and the warning moves with it.
/// </summary>
public sealed record WebSocketQuotas
{
    /// <summary>AWS's default number of routes per API.</summary>
    public const int DefaultRoutes = 300;

    /// <summary>AWS's default number of integrations per API.</summary>
    public const int DefaultIntegrations = 300;

    /// <summary>AWS's default number of stages per API.</summary>
    public const int DefaultStages = 10;

    /// <summary>Routes per API (rule <c>WSR104</c>). Default: <see cref="DefaultRoutes"/>.</summary>
    public int Routes { get; init; } = DefaultRoutes;

    /// <summary>Integrations per API, counting those that only have responses (rule <c>WSR202</c>). Default: <see cref="DefaultIntegrations"/>.</summary>
    public int Integrations { get; init; } = DefaultIntegrations;

    /// <summary>Stages per API (rule <c>WSR504</c>). Default: <see cref="DefaultStages"/>.</summary>
    public int Stages { get; init; } = DefaultStages;

    /// <summary>
    /// The problem when <paramref name="element"/> is the first over <paramref name="quota"/> elements of its
    /// API in <paramref name="all"/> (rules <c>WSR104</c>, <c>WSR202</c>, <c>WSR504</c>).
    /// </summary>
    internal static IEnumerable<string> Exceeded<T>(IReadOnlyList<T> all, T element, int quota, int defaultQuota, string what) where T : Definition
    {
        if (element.Api is null || all.Before(element).Count(e => e.Api == element.Api) != quota) yield break;
        yield return quota == defaultQuota
            ? $"This is {what} {quota + 1} of the API; AWS's default quota is {quota}."
            : $"This is {what} {quota + 1} of the API; its declared quota is {quota}.";
    }
}
