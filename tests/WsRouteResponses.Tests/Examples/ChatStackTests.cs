using HashiCorp.Cdktf;
using WsRouteResponses.Tests.Support;

namespace WsRouteResponses.Tests.Examples;

public sealed class ChatStackTests
{
    [Fact]
    public void ChatStack_synthesizes_to_the_verified_snapshot()
    {
        var stack = new ChatApi.ChatStack(Testing.App(), "chat-api");

        Snapshot.Verify(Stacks.Synth(stack));
    }
}
