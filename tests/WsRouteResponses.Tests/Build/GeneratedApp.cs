using System.Text.Json.Nodes;
using System.Xml.Linq;
using WsRouteResponses.Tests.Support;

namespace WsRouteResponses.Tests.Build;

/// <summary>What <c>dotnet new wsrr-app -n MyChat</c> must have written for this suite's flavour.</summary>
internal static class GeneratedApp
{
    /// <summary>
    /// The files; the app's package references (the flavour's upstream packages at the versions Directory.Build.props
    /// pins, and the constructs package at <paramref name="version"/>); plain <c>using</c> lines of the flavour's
    /// namespace; cdktf.json's app; and NuGet.config's sources: <paramref name="feed"/>, the flavour's bindings feed
    /// with its link resolved, and nuget.org.
    /// </summary>
    public static void AssertFiles(string app, string feed, string version)
    {
        Assert.Equal(
            [".gitignore", "MyChat.Tests/ChatStackTests.cs", "MyChat.Tests/MyChat.Tests.csproj", "MyChat.slnx", "MyChat/ChatStack.cs",
             "MyChat/MyChat.csproj", "MyChat/Program.cs", "MyChat/handler/index.mjs", "NuGet.config", "cdktf.json"],
            Directory.EnumerateFiles(app, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(app, f).Replace('\\', '/')).Order(StringComparer.Ordinal));

        Assert.Equal(ExpectedPackages(version), XDocument.Load(Path.Combine(app, "MyChat", "MyChat.csproj")).Descendants("PackageReference")
            .Select(p => $"{p.Attribute("Include")!.Value} {p.Attribute("Version")!.Value}"));
        var cdk = Flavour.Name == "cdktn" ? "Io.Cdktn" : "HashiCorp.Cdktf";
        Assert.Equal(["// What cdktf.json runs: cdktf synth writes the stack's Terraform to cdktf.out/stacks/mychat.".Replace("cdktf synth", $"{Flavour.Name} synth", StringComparison.Ordinal),
                      $"using {cdk};", "using MyChat;"],
            File.ReadAllLines(Path.Combine(app, "MyChat", "Program.cs")).Take(3));
        Assert.Equal("dotnet run --project MyChat", JsonNode.Parse(File.ReadAllText(Path.Combine(app, "cdktf.json")))!["app"]!.GetValue<string>());

        var bindings = Directory.ResolveLinkTarget(Path.Combine(Flavour.RepositoryRoot, ".bindings", Flavour.Name), returnFinalTarget: true)!.FullName;
        Assert.Equal([feed, Path.Combine(bindings, "feed"), "https://api.nuget.org/v3/index.json"], Sources(app));
    }

    /// <summary>The package sources of the app's NuGet.config, in order.</summary>
    public static IEnumerable<string> Sources(string app) =>
        XDocument.Load(Path.Combine(app, "NuGet.config")).Descendants("add").Select(a => a.Attribute("value")!.Value);

    // The flavour's PropertyGroup of Directory.Build.props and, for CDK Terrain, its Amazon.JSII.Runtime.
    private static List<string> ExpectedPackages(string version)
    {
        var props = XDocument.Load(Path.Combine(Flavour.RepositoryRoot, "Directory.Build.props"));
        var pins = props.Descendants("PropertyGroup").Single(g => g.Attribute("Condition")?.Value == $"'$(CdkFlavour)' == '{Flavour.Name}'");
        string Pin(string name) => pins.Element(name)!.Value;
        var ns = Pin("CdkNamespace");
        List<string> packages = [$"{ns} {Pin("CdkVersion")}", $"{ns}.Providers.Aws {Pin("CdkAwsProviderVersion")}", $"Constructs {Pin("ConstructsVersion")}"];
        if (Flavour.Name == "cdktn")
            packages.Add($"Amazon.JSII.Runtime {props.Descendants("PackageReference").Single(p => p.Attribute("Include")?.Value == "Amazon.JSII.Runtime").Attribute("Version")!.Value}");
        packages.Add($"{(Flavour.Name == "cdktn" ? "WsRouteResponses.Cdktn" : "WsRouteResponses")} {version}");
        return packages;
    }
}
