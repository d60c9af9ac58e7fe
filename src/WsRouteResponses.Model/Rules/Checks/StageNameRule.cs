namespace WsRouteResponses.Model.Checks;

/// <summary>Checks <see cref="Rules.StageName"/>.</summary>
public sealed class StageNameRule : ElementRule<StageDefinition>
{
    /// <inheritdoc />
    public override Rule Rule => Rules.StageName;

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
