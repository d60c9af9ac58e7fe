namespace WsRouteResponses.Model.Checks;

/// <summary>Checks <see cref="Rules.ModelName"/>.</summary>
public sealed class ModelNameRule : ElementRule<ModelDefinition>
{
    /// <summary>Model names are 1 to 128 letters and digits.</summary>
    internal static readonly Rule Definition = new("WSR401", RuleSeverity.Error,
        "name the model with 1 to 128 letters and digits (^[0-9A-Za-z]+$), e.g. \"PongResponse\".",
        "provider aws_apigatewayv2_model; API Gateway CreateModel");

    /// <inheritdoc />
    public override Rule Rule => Definition;

    /// <inheritdoc />
    public override IEnumerable<string> Check(ModelDefinition model, IConfigurationView view)
    {
        if (model.Name.Value is { } name && (name.Length is < 1 or > 128 || !name.All(char.IsAsciiLetterOrDigit)))
            yield return $"\"{name}\" is not a valid model name.";
    }
}
