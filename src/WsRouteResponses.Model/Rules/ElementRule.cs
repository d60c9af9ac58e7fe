namespace WsRouteResponses.Model;

/// <summary>A rule about one kind of element.</summary>
/// <typeparam name="T">The kind of element.</typeparam>
public abstract class ElementRule<T> : WebSocketRule, IElementCheck<T> where T : Definition
{
    /// <inheritdoc />
    public abstract IEnumerable<string> Check(T element, IConfigurationView view);
}
