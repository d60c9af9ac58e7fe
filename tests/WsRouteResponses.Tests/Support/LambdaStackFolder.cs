using System.IO.Compression;

namespace WsRouteResponses.Tests.Support;

/// <summary>
/// A temporary folder holding a hand-written <c>main.tf.json</c> and the <c>code.zip</c> its Lambda
/// functions name, made of one handler file: what the local runtime reads to run real Node handlers.
/// Deleted on dispose.
/// </summary>
public sealed class LambdaStackFolder : IDisposable
{
    private readonly string _folder;

    /// <summary>Writes <paramref name="handlerFile"/> (zipped as <c>code.zip</c>) and <paramref name="terraformJson"/> as <c>main.tf.json</c>.</summary>
    public LambdaStackFolder(string handlerFile, string handlerCode, string terraformJson)
    {
        _folder = Directory.CreateTempSubdirectory("wsrr-lambda-test-").FullName;
        var code = Directory.CreateDirectory(Path.Combine(_folder, "code")).FullName;
        File.WriteAllText(Path.Combine(code, handlerFile), handlerCode);
        ZipFile.CreateFromDirectory(code, Path.Combine(_folder, "code.zip"));
        File.WriteAllText(MainFile, terraformJson);
    }

    /// <summary>The stack's <c>main.tf.json</c>.</summary>
    public string MainFile => Path.Combine(_folder, "main.tf.json");

    /// <inheritdoc/>
    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
