using System.IO.Compression;
using System.Reflection.Metadata;
using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace WsRouteResponses.Tests.Build;

/// <summary>What a packed .nupkg and .snupkg say about where their code comes from.</summary>
internal static class PackageMetadata
{
    // The SourceLink custom debug information of a portable PDB (its specification's GUID).
    private static readonly Guid s_sourceLink = new("CC110556-A091-4D38-9FEC-25AB9A351A6A");

    /// <summary>The commit of the nuspec's <c>repository</c> element, which must name <paramref name="url"/> as a git repository.</summary>
    public static string RepositoryCommit(string nupkg, string url)
    {
        using var package = ZipFile.OpenRead(nupkg);
        var nuspec = package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using var stream = nuspec.Open();
        var repository = XDocument.Load(stream).Descendants().Single(e => e.Name.LocalName == "repository");
        Assert.Equal(("git", url), ((string?)repository.Attribute("type"), (string?)repository.Attribute("url")));
        return (string?)repository.Attribute("commit") ?? "";
    }

    /// <summary>The URL that the SourceLink of the PDB <paramref name="pdb"/> in <paramref name="snupkg"/> maps its one source root to.</summary>
    public static string SourceLinkTarget(string snupkg, string pdb)
    {
        using var package = ZipFile.OpenRead(snupkg);
        using var copy = new MemoryStream();
        using (var entry = package.GetEntry(pdb)!.Open()) entry.CopyTo(copy);
        copy.Position = 0;
        using var provider = MetadataReaderProvider.FromPortablePdbStream(copy);
        var reader = provider.GetMetadataReader();
        var json = reader.CustomDebugInformation.Select(reader.GetCustomDebugInformation)
            .Where(info => reader.GetGuid(info.Kind) == s_sourceLink)
            .Select(info => System.Text.Encoding.UTF8.GetString(reader.GetBlobBytes(info.Value)))
            .Single();
        return (string)JsonNode.Parse(json)!["documents"]!.AsObject().Single().Value!;
    }
}
