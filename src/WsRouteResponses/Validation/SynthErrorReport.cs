using WsRouteResponses.Locations;

namespace WsRouteResponses.Validation;

/// <summary>
/// Prints an app's synth errors as a compiler does, once, without stack frames, and exits with 1:
/// <c>ChatStack.cs:42: error: [chat-api/Chat/Send] WSR302: problem Fix: fix</c>. Every <see cref="WebSocketApi"/>
/// installs it for the process (<see cref="AppDomain.UnhandledException"/>, which runs before .NET prints an
/// unhandled exception). It takes only this library's input errors (a rule error, a prop naming its construct)
/// and cdktf's "Validation failed" error, whose lines it rewrites; any other exception is left to .NET's own
/// report. An app that handles its exceptions itself never reaches it; one made before the first API is not covered.
/// </summary>
internal static class SynthErrorReport
{
    private const string ValidationFailed = "Validation failed with the following errors:";
    private const string CreatedAt = " (created at ";

    /// <summary>Subscribes the report once per process, however many APIs the app makes.</summary>
    public static void Install()
    {
        // Removing first makes a second call a no-op without a static flag.
        AppDomain.CurrentDomain.UnhandledException -= OnUnhandledException;
        AppDomain.CurrentDomain.UnhandledException += OnUnhandledException;
    }

    /// <summary>A whole-configuration error as cdktf's validation reports it: the message, then where the construct was made.</summary>
    public static string ValidationMessage(string message, string? createdAt) =>
        createdAt is null ? message : $"{message}{CreatedAt}{createdAt})";

    /// <summary>The report of <paramref name="exception"/>, one line an error; null when it is neither this library's nor cdktf's validation error.</summary>
    public static string? Report(Exception exception)
    {
        if (IsOwnInputError(exception))
            return Line(CreationSite.Of(exception), MessageOf(exception));
        var start = exception.Message.IndexOf(ValidationFailed, StringComparison.Ordinal);
        if (start < 0) return null;
        // cdktf joins the errors with "\n  " and ends them with a blank line; an error's own line breaks stay in it.
        var errors = exception.Message[(start + ValidationFailed.Length)..].Split("\n\n")[0].Split("\n  ")
            .Select(e => e.Trim()).Where(e => e.Length > 0);
        return string.Concat(errors.Select(ValidationLine));
    }

    private static void OnUnhandledException(object sender, UnhandledExceptionEventArgs e)
    {
        if (e.ExceptionObject is not Exception exception || Report(exception) is not { } report) return;
        Console.Error.Write(report);
        Console.Error.Flush();
        Environment.Exit(1);
    }

    // cdktf writes "[<construct>] <message>"; the API's own validation names the route as "(on <path>) ".
    private static string ValidationLine(string error)
    {
        var line = error.ReplaceLineEndings(" ");
        var close = line.StartsWith('[') ? line.IndexOf("] ", StringComparison.Ordinal) : -1;
        if (close < 0) return Line(null, line);
        var (path, text) = (line[1..close], line[(close + 2)..]);
        if (text.StartsWith("(on ", StringComparison.Ordinal) && text.IndexOf(") ", StringComparison.Ordinal) is > 0 and var end)
            (path, text) = (text[4..end], text[(end + 2)..]);
        var at = text.EndsWith(')') ? text.LastIndexOf(CreatedAt, StringComparison.Ordinal) : -1;
        return at < 0
            ? Line(null, $"[{path}] {text}")
            : Line(text[(at + CreatedAt.Length)..^1], $"[{path}] {text[..at]}");
    }

    private static string Line(string? site, string message) => site is null ? $"error: {message}\n" : $"{site}: error: {message}\n";

    // The library's own input errors: a rule's (WebSocketRuleException, or a value object's "WSRnnn: ...") or one naming
    // its construct ("[path] ..."). Anything else thrown from inside the library keeps .NET's report and its stack.
    private static bool IsOwnInputError(Exception exception) =>
        exception is WebSocketRuleException
        || exception is ArgumentException or FormatException && IsOwnMessage(exception.Message) && CreationSite.IsThrownHere(exception);

    private static bool IsOwnMessage(string message) =>
        message.StartsWith('[') || message.StartsWith("WSR", StringComparison.Ordinal);

    // An ArgumentException's message ends with "(Parameter 'name')", and an out-of-range one adds the value on a line of its own.
    private static string MessageOf(Exception exception)
    {
        var message = exception is ArgumentException { ParamName: { } name }
            ? exception.Message.Replace($" (Parameter '{name}')", "", StringComparison.Ordinal)
            : exception.Message;
        return message.ReplaceLineEndings(" ").Trim();
    }
}
