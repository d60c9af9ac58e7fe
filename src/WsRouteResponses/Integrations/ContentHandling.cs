namespace WsRouteResponses;

/// <summary>How a payload is converted between text and binary (<c>content_handling_strategy</c>). Unset passes it through unchanged.</summary>
public enum ContentHandling
{
    /// <summary><c>CONVERT_TO_BINARY</c>: base64-decodes a text payload into a binary blob.</summary>
    ConvertToBinary,

    /// <summary><c>CONVERT_TO_TEXT</c>: base64-encodes a binary payload into text.</summary>
    ConvertToText,
}

/// <summary>How a request whose template selection value matches no request template is handled (<c>passthrough_behavior</c>).</summary>
public enum PassthroughBehavior
{
    /// <summary><c>WHEN_NO_MATCH</c> (API Gateway's default): pass the request through untransformed when no template matches.</summary>
    WhenNoMatch,

    /// <summary><c>NEVER</c>: reject a request that matches no template.</summary>
    Never,

    /// <summary><c>WHEN_NO_TEMPLATES</c>: pass through only when the integration has no templates at all.</summary>
    WhenNoTemplates,
}
