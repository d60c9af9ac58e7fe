using WsRouteResponses.Model;

namespace WsRouteResponses.Tests.Model;

/// <summary>How messages show a <see cref="ModelText"/>: a value known only at apply by what it refers to, never as raw Terraform.</summary>
public sealed class ModelTextTests
{
    [Theory]
    [InlineData("ping", "ping", "\"ping\"")]
    [InlineData("${var.route_key}", "(var.route_key, known at apply)", "(var.route_key, known at apply)")]
    [InlineData("${aws_lambda_function.f[0].function_name}", "(aws_lambda_function.f[0].function_name, known at apply)", "(aws_lambda_function.f[0].function_name, known at apply)")]
    [InlineData("${aws_lambda_function.f[count.index].function_name}", "(aws_lambda_function.f.function_name, known at apply)", "(aws_lambda_function.f.function_name, known at apply)")]
    [InlineData("${module.chat[\"a\"].aws_lambda_function.f[\"b\"].arn}", "(module.chat[\"a\"].aws_lambda_function.f[\"b\"].arn, known at apply)", "(module.chat[\"a\"].aws_lambda_function.f[\"b\"].arn, known at apply)")]
    [InlineData("${var.env}-chat", "(an expression, known at apply)", "(an expression, known at apply)")]
    [InlineData("$${literal}", "${literal}", "\"${literal}\"")]
    public void A_value_is_described_as_known_or_by_what_it_refers_to(string terraform, string described, string quoted)
    {
        var text = ModelText.FromTerraform(terraform);
        Assert.Equal(described, text.Describe());
        Assert.Equal(quoted, text.Quoted());
        Assert.Equal(described, text.ToString());
    }
}
