using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace WsRouteResponses.Tests.Support;

/// <summary>
/// HashiCorp's HCL parser, the flavour's own copy (<c>@cdktf/hcl2json</c> or <c>@cdktn/hcl2json</c> from its
/// pinned npm tree), in one Node process shared by the tests of a collection: starting Node and the
/// parser's WebAssembly costs 0.4 s, a parse a few milliseconds. One JSON line in, one out.
/// </summary>
public sealed class HclParser : IDisposable
{
    private readonly Lock _lock = new();
    private readonly Process _node;

    public HclParser()
    {
        var start = new ProcessStartInfo("node") { RedirectStandardInput = true, RedirectStandardOutput = true };
        start.ArgumentList.Add("-e");
        start.ArgumentList.Add($$"""
            const { parse } = require("@{{Flavour.Name}}/hcl2json");
            require("readline").createInterface({ input: process.stdin }).on("line", async line => {
              let answer;
              try { answer = { parsed: await parse("cdk.tf", JSON.parse(line)) }; } catch (e) { answer = { error: String(e) }; }
              process.stdout.write(JSON.stringify(answer) + "\n");
            });
            """);
        start.Environment["NODE_PATH"] = Flavour.NodeModules;
        _node = Process.Start(start)!;
    }

    /// <summary>The HCL as hcl2json's JSON (every block a list); fails the test when the parser refuses it.</summary>
    public JsonNode Parse(string hcl)
    {
        lock (_lock)
        {
            _node.StandardInput.WriteLine(JsonSerializer.Serialize(hcl));
            _node.StandardInput.Flush();
            var answer = JsonNode.Parse(_node.StandardOutput.ReadLine() ?? throw new InvalidOperationException("The HCL parser (node) stopped."))!;
            return answer["parsed"] ?? throw new Xunit.Sdk.XunitException($"hcl2json refused the HCL: {answer["error"]}\n{hcl}");
        }
    }

    public void Dispose()
    {
        _node.StandardInput.Close(); // node ends with its input
        if (!_node.WaitForExit(TimeSpan.FromSeconds(10))) _node.Kill();
        _node.Dispose();
    }
}
