namespace WsRouteResponses.Model.Checks;

/// <summary>Checks <see cref="Rules.StageName"/>.</summary>
public sealed class StageNameRule : ElementRule<StageDefinition>
{
    /// <summary>Stage names are 1 to 128 letters, digits, <c>-</c> and <c>_</c>; <c>$default</c> is documented for HTTP APIs only.</summary>
    internal static readonly Rule Definition = new("WSR502", RuleSeverity.Error,
        "name the stage with 1 to 128 letters, digits, '-' and '_', e.g. \"prod\" or \"prod-v1\" ($default is an HTTP API stage name).",
        "apigatewayv2 API reference: CreateStage StageName; API Gateway developer guide: stages for HTTP APIs ($default)");

    /// <inheritdoc />
    public override Rule Rule => Definition;

    /// <inheritdoc />
    public override IEnumerable<string> Check(StageDefinition stage, IConfigurationView view)
    {
        if (stage.Name.Value is not { } name) yield break;
        if (name == "$default")
            yield return "The stage name \"$default\" is documented for HTTP APIs only: AWS's WebSocket stage pages and the CreateStage reference do not mention it.";
        else if (name.Length is < 1 or > 128)
            yield return $"The stage name has {name.Length} characters.";
        else if (name.FirstOrDefault(c => !char.IsAsciiLetterOrDigit(c) && c is not ('-' or '_')) is var bad && bad != default)
            yield return $"The stage name \"{name}\" has the character '{bad}'.";
    }
}
