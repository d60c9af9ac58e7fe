using WsRouteResponses.Internal;
using WsRouteResponses.Validation;

namespace WsRouteResponses.Api;

/// <summary>The rules a <see cref="WebSocketStage"/> checks on its props before it creates anything.</summary>
internal static class StageRules
{
    private const int MaxNameLength = 128;

    /// <summary>
    /// Rule <c>WSR502</c>: 1 to 128 letters, digits, <c>-</c> and <c>_</c>, or <c>$default</c> (the
    /// apigatewayv2 API reference; the provider checks only the length, AWS refuses the rest at apply).
    /// </summary>
    public static void CheckName(WebSocketStage stage, string name)
    {
        if (Tokens.IsUnresolved(name) || name == "$default") return;
        if (name.Length is < 1 or > MaxNameLength)
            throw Check.Fail(stage, Rules.StageName, $"The stage name has {name.Length} characters.");
        if (name.FirstOrDefault(c => !char.IsAsciiLetterOrDigit(c) && c is not ('-' or '_')) is var bad && bad != default)
            throw Check.Fail(stage, Rules.StageName, $"The stage name \"{name}\" has the character '{bad}'.");
    }

    /// <summary>Rule <c>WSR505</c>: logging needs the account's API Gateway CloudWatch Logs role.</summary>
    public static void CheckLogging(WebSocketStage stage, WebSocketStageProps props)
    {
        var logging = props.LoggingLevel is StageLoggingLevel.Error or StageLoggingLevel.Info || props.DataTraceEnabled == true;
        if (logging && props.CloudWatchRole is null)
            Check.Warn(stage, Rules.LoggingRole,
                $"Stage \"{props.StageName}\" turns on execution logging; AWS refuses it (\"CloudWatch Logs role ARN must be set in account settings to enable logging\") unless the account's API Gateway CloudWatch Logs role is set.");
    }
}
