using System.Runtime.CompilerServices;

namespace WsRouteResponses.Tests.Support;

/// <summary>
/// Which flavour this test build runs on: cdktf (<c>HashiCorp.Cdktf</c>) or CDK Terrain (<c>Io.Cdktn</c>,
/// built with <c>-p:CdkFlavour=cdktn</c>), and where that flavour's pinned npm tree is.
/// </summary>
internal static class Flavour
{
    /// <summary><c>cdktf</c> or <c>cdktn</c>, read from the framework the tests were compiled against.</summary>
    public static string Name { get; } = typeof(TerraformStack).Namespace == "Io.Cdktn" ? "cdktn" : "cdktf";

    /// <summary>The repository's root folder.</summary>
    public static string RepositoryRoot { get; } = Root();

    /// <summary>The flavour's pinned npm packages (bindings/build-bindings.sh), e.g. for <c>NODE_PATH</c>.</summary>
    public static string NodeModules { get; } = Path.Combine(RepositoryRoot, ".bindings", Name, "npm", "node_modules");

    private static string Root([CallerFilePath] string file = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, "..", "..", ".."));
}
