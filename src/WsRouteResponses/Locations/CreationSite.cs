using System.Diagnostics;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace WsRouteResponses.Locations;

/// <summary>
/// Where the user's code made a construct (<c>ChatStack.cs:42</c>): the first frame of the call stack outside
/// this library, so that an error at synth, long after the constructor returned, points at the line to change.
/// The frame is kept as method and IL offset, which is cheap; its file and line are read from the portable PDB
/// only when an error is reported. Paths under the current folder (the app's, where <c>cdktf synth</c> runs it)
/// are relative to it. Null when the user's code has no portable PDB.
/// </summary>
internal sealed class CreationSite
{
    private readonly MethodBase _method;
    private readonly int _ilOffset;

    private CreationSite(MethodBase method, int ilOffset) => (_method, _ilOffset) = (method, ilOffset);

    /// <summary>The user's frame on the current call stack (without source information: a few microseconds).</summary>
    public static CreationSite? OfCaller()
    {
        foreach (var frame in new StackTrace(1, fNeedFileInfo: false).GetFrames())
            if (frame.GetMethod() is { } method && !IsLibrary(method))
                return new CreationSite(method, frame.GetILOffset());
        return null;
    }

    /// <summary>The user's frame that led to <paramref name="exception"/> (thrown by this library), as <c>file:line</c>.</summary>
    public static string? Of(Exception exception)
    {
        foreach (var frame in new StackTrace(exception, fNeedFileInfo: true).GetFrames())
            if (!IsLibrary(frame.GetMethod()) && frame.GetFileName() is { Length: > 0 } file && frame.GetFileLineNumber() > 0)
                return $"{Shown(file)}:{frame.GetFileLineNumber()}";
        return null;
    }

    /// <summary>Whether this library threw <paramref name="exception"/> (a frame of it is on the exception's stack).</summary>
    public static bool IsThrownHere(Exception exception) =>
        new StackTrace(exception, fNeedFileInfo: false).GetFrames().Any(f => IsLibrary(f.GetMethod()));

    /// <summary>The frame as <c>file:line</c>, read from the method's portable PDB (beside the assembly or embedded); null without one.</summary>
    public string? Describe()
    {
        try
        {
            using var pdb = OpenPdb(_method.Module.Assembly.Location);
            if (pdb is null) return null;
            var reader = pdb.GetMetadataReader();
            var info = reader.GetMethodDebugInformation(MetadataTokens.MethodDebugInformationHandle(_method.MetadataToken));
            SequencePoint? nearest = null;
            foreach (var point in info.GetSequencePoints())
                if (!point.IsHidden && point.Offset <= _ilOffset) nearest = point;
            return nearest is { } found ? $"{Shown(reader.GetString(reader.GetDocument(found.Document).Name))}:{found.StartLine}" : null;
        }
        catch (Exception e) when (e is IOException or BadImageFormatException or UnauthorizedAccessException or InvalidOperationException)
        {
            return null; // no readable symbols: the error is reported without its line
        }
    }

    private static MetadataReaderProvider? OpenPdb(string assembly)
    {
        if (assembly.Length == 0) return null;
        var beside = Path.ChangeExtension(assembly, ".pdb");
        if (File.Exists(beside)) return MetadataReaderProvider.FromPortablePdbStream(File.OpenRead(beside));
        using var pe = new PEReader(File.OpenRead(assembly));
        var embedded = pe.ReadDebugDirectory().FirstOrDefault(d => d.Type == DebugDirectoryEntryType.EmbeddedPortablePdb);
        return embedded.DataSize > 0 ? pe.ReadEmbeddedPortablePdbDebugDirectoryData(embedded) : null;
    }

    private static bool IsLibrary(MethodBase? method) => method?.DeclaringType?.Assembly == typeof(CreationSite).Assembly;

    private static string Shown(string file)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, file);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? file : relative;
    }
}
