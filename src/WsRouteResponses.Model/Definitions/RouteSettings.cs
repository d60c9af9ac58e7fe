namespace WsRouteResponses.Model;

/// <summary>A stage's <c>default_route_settings</c> block, or one of its <c>route_settings</c> blocks.</summary>
public sealed record RouteSettings
{
    /// <summary>The <c>route_key</c> of a <c>route_settings</c> block; null for <c>default_route_settings</c>.</summary>
    public ModelText? RouteKey { get; init; }

    /// <summary><c>throttling_rate_limit</c> (a number, as text): the provider sends 0 when it is unset and the block exists.</summary>
    public ModelText? ThrottlingRateLimit { get; init; }

    /// <summary><c>throttling_burst_limit</c>: likewise.</summary>
    public ModelText? ThrottlingBurstLimit { get; init; }

    /// <summary><c>logging_level</c>.</summary>
    public ModelText? LoggingLevel { get; init; }

    /// <summary><c>data_trace_enabled</c>.</summary>
    public bool? DataTraceEnabled { get; init; }

    /// <summary><c>detailed_metrics_enabled</c>.</summary>
    public bool? DetailedMetricsEnabled { get; init; }
}
