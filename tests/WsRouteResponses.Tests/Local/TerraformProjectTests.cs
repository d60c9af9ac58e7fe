using WsRouteResponses.Local;

namespace WsRouteResponses.Tests.Local;

/// <summary>
/// The local runtime on a Terraform project written in HCL, as it is: a module that makes the API, the
/// function's code zipped by <c>data "archive_file"</c> (run here from its <c>source_dir</c>, unzipped), its
/// environment from a variable, and routes from <c>for_each</c>; a real client gets the real handler's answers.
/// </summary>
public sealed class TerraformProjectTests
{
    private static readonly string s_project = Path.Combine(AppContext.BaseDirectory, "Local", "Projects", "archive-file-node");
    private static readonly TimeSpan s_wait = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task A_project_with_a_module_and_archive_file_code_answers_with_its_node_handler()
    {
        await using var local = await LocalWebSocketApi.StartAsync(s_project);
        Assert.Equal(["$default", "sendmessage"], local.Stages["dev"]);
        await using var client = await local.ConnectAsync("dev");
        await client.SendAsync("""{"action": "sendmessage", "text": "hi"}""");
        Assert.Equal("""{"greeting":"hello from dev","route":"sendmessage","got":{"action":"sendmessage","text":"hi"}}""", await client.ReceiveAsync(s_wait));
        await client.SendAsync("""{"action": "other"}""");
        Assert.Equal("""{"greeting":"hello from dev","route":"$default","got":{"action":"other"}}""", await client.ReceiveAsync(s_wait));
    }
}
