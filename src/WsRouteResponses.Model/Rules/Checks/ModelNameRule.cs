namespace WsRouteResponses.Model.Checks;

/// <summary>Checks <see cref="Rules.ModelName"/>.</summary>
public sealed class ModelNameRule : ElementRule<ModelDefinition>
{
    /// <inheritdoc />
    public override Rule Rule => Rules.ModelName;

    /// <inheritdoc />
    public override IEnumerable<string> Check(ModelDefinition model, IConfigurationView view)
    {
        if (model.Name.Value is { } name && (name.Length is < 1 or > 128 || !name.All(char.IsAsciiLetterOrDigit)))
            yield return $"\"{name}\" is not a valid model name.";
    }
}
