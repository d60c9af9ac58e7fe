using System.Diagnostics;
using System.Reflection;

namespace WsRouteResponses.Locations;

/// <summary>
/// Where the user's code made a construct (<c>ChatStack.cs:42</c>): the first frame of the call stack outside
/// this library that has source information, so that an error at synth, long after the constructor returned,
/// points at the line to change. Paths under the current folder (the app's, where <c>cdktf synth</c> runs it)
/// are relative to it. Null when the user's code has no symbols (no <c>.pdb</c>).
/// </summary>
internal static class CreationSite
{
    /// <summary>The user's frame on the current call stack.</summary>
    public static string? OfCaller() => First(new StackTrace(1, fNeedFileInfo: true));

    /// <summary>The user's frame that led to <paramref name="exception"/> (thrown by this library).</summary>
    public static string? Of(Exception exception) => First(new StackTrace(exception, fNeedFileInfo: true));

    /// <summary>Whether this library threw <paramref name="exception"/> (a frame of it is on the exception's stack).</summary>
    public static bool IsThrownHere(Exception exception) =>
        new StackTrace(exception, fNeedFileInfo: false).GetFrames().Any(f => IsLibrary(f.GetMethod()));

    private static string? First(StackTrace trace)
    {
        foreach (var frame in trace.GetFrames())
        {
            if (IsLibrary(frame.GetMethod())) continue;
            if (frame.GetFileName() is { Length: > 0 } file && frame.GetFileLineNumber() > 0)
                return $"{Shown(file)}:{frame.GetFileLineNumber()}";
        }
        return null;
    }

    private static bool IsLibrary(MethodBase? method) => method?.DeclaringType?.Assembly == typeof(CreationSite).Assembly;

    private static string Shown(string file)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, file);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? file : relative;
    }
}
