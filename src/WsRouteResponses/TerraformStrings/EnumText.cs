
namespace WsRouteResponses.TerraformStrings;

/// <summary>The provider's spelling of the library's enums.</summary>
internal static class EnumText
{
    public static string? ToTerraform(this RouteAuthorization? value) => value switch
    {
        null => null,
        RouteAuthorization.None => "NONE",
        RouteAuthorization.AwsIam => "AWS_IAM",
        RouteAuthorization.Custom => "CUSTOM",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, null),
    };

    public static string? ToTerraform(this ContentHandling? value) => value switch
    {
        null => null,
        ContentHandling.ConvertToBinary => "CONVERT_TO_BINARY",
        ContentHandling.ConvertToText => "CONVERT_TO_TEXT",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, null),
    };

    public static string? ToTerraform(this PassthroughBehavior? value) => value switch
    {
        null => null,
        PassthroughBehavior.WhenNoMatch => "WHEN_NO_MATCH",
        PassthroughBehavior.Never => "NEVER",
        PassthroughBehavior.WhenNoTemplates => "WHEN_NO_TEMPLATES",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, null),
    };
}
