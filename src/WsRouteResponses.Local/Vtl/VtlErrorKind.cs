namespace WsRouteResponses.Local.Vtl;

/// <summary>When a template fails, as Apache Velocity 1.7 would: as it is loaded (parsed), or while rendering one message.</summary>
public enum VtlErrorKind
{
    /// <summary>Velocity 1.7 refuses the template as it loads it: the template fails for every message.</summary>
    Parse,

    /// <summary>The template failed while rendering a message: a method threw, a value did not fit, or a limit was passed.</summary>
    Render,
}
