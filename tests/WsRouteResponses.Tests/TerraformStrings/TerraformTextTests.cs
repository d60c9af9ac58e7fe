using WsRouteResponses.TerraformStrings;

namespace WsRouteResponses.Tests.TerraformStrings;

public sealed class TerraformTextTests
{
    [Theory]
    [InlineData("${integration.response.statuscode}", "$${integration.response.statuscode}")]
    [InlineData("%{ if x }", "%%{ if x }")]
    [InlineData("$input.json('$')", "$input.json('$')")]
    [InlineData("\\$default", "\\$default")]
    [InlineData("{\"a\": ${x}, \"b\": ${y}}", "{\"a\": $${x}, \"b\": $${y}}")]
    [InlineData("arn/${TfToken[TOKEN.12]}/x", "arn/${TfToken[TOKEN.12]}/x")]
    [InlineData("${TfToken[TOKEN.1]}${request.body.x}", "${TfToken[TOKEN.1]}$${request.body.x}")]
    public void Escapes_terraform_template_syntax_but_not_cdktf_tokens(string text, string expected) =>
        Assert.Equal(expected, TerraformText.Escape(text));
}
