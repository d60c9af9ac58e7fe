using System.Text.Json.Nodes;

namespace WsRouteResponses.Model;

/// <summary>
/// One resource or data source instance of a Terraform configuration, with its attributes in the shape
/// Terraform JSON writes them: what each reader (Terraform JSON, plans, HCL) produces, and what
/// <see cref="ConfigurationBuilder"/> and the local runtime read. A value known only at apply is a
/// Terraform expression string (<c>${aws_apigatewayv2_api.chat.id}</c>), as in Terraform JSON.
/// </summary>
/// <param name="Address">Its address: <c>aws_apigatewayv2_route.ping</c>, <c>data.aws_apigatewayv2_api.shared</c>,
/// <c>module.chat.aws_apigatewayv2_route.this["send"]</c>.</param>
/// <param name="Type">Its type, e.g. <c>aws_apigatewayv2_route</c>.</param>
/// <param name="Body">Its attributes.</param>
public sealed record ResourceInstance(string Address, string Type, JsonObject Body)
{
    /// <summary>Whether it is a data source (<c>data.</c>). Default: false, a managed resource.</summary>
    public bool IsData { get; init; }

    /// <summary>
    /// The <c>count</c> or <c>for_each</c> known only at apply that decides whether it exists, as written
    /// (<c>count = var.http ? 0 : 1</c>); null when it certainly exists.
    /// </summary>
    public string? Condition { get; init; }

    /// <summary>The cdktf construct path that wrote it, or null (Terraform written by hand).</summary>
    public string? ConstructPath { get; init; }

    /// <summary>Where its block is written, or null when the reader does not know (Terraform JSON, plans).</summary>
    public SourceLocation? Location { get; init; }
}
