namespace WsRouteResponses.TerraformStrings;

/// <summary>
/// Recognizes cdktf tokens (values known only at apply time) without a jsii round trip: cdktf encodes
/// them in strings between these markers. Checks skip such values rather than reject them.
/// </summary>
internal static class Tokens
{
    private static readonly string[] s_markers = ["${TfToken[", "#{TfToken[", "&{TfToken["];

    /// <summary>Whether <paramref name="value"/> holds a cdktf token anywhere.</summary>
    public static bool IsUnresolved(string? value) =>
        value is not null && s_markers.Any(m => value.Contains(m, StringComparison.Ordinal));
}
