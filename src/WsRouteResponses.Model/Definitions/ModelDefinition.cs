namespace WsRouteResponses.Model;

/// <summary>An <c>aws_apigatewayv2_model</c>.</summary>
public sealed record ModelDefinition : Definition
{
    /// <summary><c>name</c>.</summary>
    public required ModelText Name { get; init; }

    /// <summary><c>schema</c>.</summary>
    public required ModelText Schema { get; init; }

    /// <summary><c>content_type</c>.</summary>
    public ModelText? ContentType { get; init; }
}
