namespace WsRouteResponses.Model;

/// <summary>The check of one kind of element by a rule.</summary>
/// <typeparam name="T">The kind of element.</typeparam>
public interface IElementCheck<in T> where T : Definition
{
    /// <summary>The problems of <paramref name="element"/>, seen with <paramref name="view"/>.</summary>
    IEnumerable<string> Check(T element, IConfigurationView view);
}
