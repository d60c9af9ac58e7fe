namespace WsRouteResponses.Model;

/// <summary>An <c>aws_apigatewayv2_integration_response</c>.</summary>
public sealed record IntegrationResponseDefinition : Definition
{
    /// <summary>The integration of <c>integration_id</c>.</summary>
    public required IntegrationTarget Integration { get; init; }

    /// <summary><c>integration_response_key</c>: <c>$default</c> or <c>/regex/</c>.</summary>
    public required ModelText Key { get; init; }

    /// <summary><c>response_templates</c>: template key to mapping template.</summary>
    public IReadOnlyDictionary<string, ModelText>? Templates { get; init; }

    /// <summary><c>template_selection_expression</c>.</summary>
    public ModelText? TemplateSelectionExpression { get; init; }

    /// <summary><c>content_handling_strategy</c>.</summary>
    public ModelText? ContentHandling { get; init; }
}
