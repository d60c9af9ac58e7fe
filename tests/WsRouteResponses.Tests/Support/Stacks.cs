using System.Text.Json.Nodes;

namespace WsRouteResponses.Tests.Support;

/// <summary>Test stacks and their synthesized JSON. (<c>Testing.SynthScope</c> does not work from C#.)</summary>
internal static class Stacks
{
    /// <summary>A new stack in a test app, with the AWS provider.</summary>
    public static TerraformStack New(string name = "test")
    {
        var stack = new TerraformStack(Testing.App(), name);
        _ = new AwsProvider(stack, "aws", new AwsProviderConfig { Region = "us-east-1" });
        return stack;
    }

    /// <summary>The stack as Terraform JSON, after aspects and validations (which throw on errors).</summary>
    public static string Synth(TerraformStack stack) => Testing.Synth(stack, runValidations: true);

    /// <summary>The whole <c>cdk.tf.json</c> as <c>cdktf synth</c> writes it (with cdktf's metadata), normalized.</summary>
    public static string FullSynth(TerraformStack stack, string name)
    {
        var outdir = Testing.FullSynth(stack);
        try
        {
            return Snapshot.Normalize(File.ReadAllText(Path.Combine(outdir, "stacks", name, "cdk.tf.json")));
        }
        finally
        {
            Directory.Delete(outdir, recursive: true);
        }
    }

    /// <summary>Runs <paramref name="test"/> on the stack synthesized to a folder with its assets (<see cref="WebSocketTesting.SynthesizeToFolder"/>), deleted after.</summary>
    public static async Task InSynthesizedFolder(TerraformStack stack, Func<string, Task> test)
    {
        var outdir = WebSocketTesting.SynthesizeToFolder(stack);
        try
        {
            await test(outdir);
        }
        finally
        {
            Directory.Delete(outdir, recursive: true);
        }
    }

    /// <summary>The resources of one type, by logical id.</summary>
    public static JsonObject Resources(string json, string type) =>
        JsonNode.Parse(json)!["resource"]?[type]?.AsObject() ?? new JsonObject();

    /// <summary>The one resource of a type; fails when there is not exactly one.</summary>
    public static JsonObject Single(string json, string type) =>
        Assert.Single(Resources(json, type)).Value!.AsObject();

    /// <summary>The one resource of a type with its Terraform address (<c>type.logical_id</c>).</summary>
    public static (string Address, JsonObject Resource) SingleWithAddress(string json, string type)
    {
        var (id, resource) = Assert.Single(Resources(json, type));
        return ($"{type}.{id}", resource!.AsObject());
    }

    /// <summary>Every resource address (<c>type.logical_id</c>) of the stack.</summary>
    public static IReadOnlySet<string> Addresses(string json) =>
        (JsonNode.Parse(json)!["resource"]?.AsObject() ?? [])
            .SelectMany(type => type.Value!.AsObject().Select(r => $"{type.Key}.{r.Key}"))
            .ToHashSet();

    /// <summary>The warning annotations (cdktf metadata) on a construct and its children.</summary>
    public static IReadOnlyList<string> Warnings(Constructs.IConstruct construct) =>
        construct.Node.FindAll(Constructs.ConstructOrder.PREORDER)
            .SelectMany(c => c.Node.Metadata)
            .Where(m => m.Type == "@cdktf/warn")
            .Select(m => m.Data?.ToString() ?? "")
            .ToList();
}
