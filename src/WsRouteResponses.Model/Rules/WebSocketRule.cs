namespace WsRouteResponses.Model;

/// <summary>
/// The code of one rule of <see cref="Rules"/>, over the model: the constructs run it on what they build,
/// <c>check</c> on what it reads. One class a rule, in <c>Rules/Checks/</c>, holding the rule's definition
/// too, its test beside it in the tests; it checks one or more kinds of element (<see cref="IElementCheck{T}"/>).
/// </summary>
public abstract class WebSocketRule
{
    /// <summary>The rule checked.</summary>
    public abstract Rule Rule { get; }

    /// <summary>
    /// Whether the rule needs the whole configuration (elements added later may satisfy it): the
    /// constructs run it when cdktf validates, before synthesis, instead of as each element is added.
    /// </summary>
    public virtual bool NeedsWholeConfiguration => false;

    /// <summary>Every finding of the rule in <paramref name="view"/>.</summary>
    public IEnumerable<Finding> CheckAll(IConfigurationView view) =>
        Each(view.Apis, view).Concat(Each(view.Routes, view)).Concat(Each(view.RouteResponses, view))
            .Concat(Each(view.Integrations, view)).Concat(Each(view.IntegrationResponses, view)).Concat(Each(view.Models, view))
            .Concat(Each(view.Stages, view)).Concat(Each(view.Deployments, view)).Concat(Each(view.Permissions, view));

    /// <summary>The findings of the rule on one element, or none when the rule does not check that kind.</summary>
    public IEnumerable<Finding> CheckElement<T>(T element, IConfigurationView view) where T : Definition =>
        this is IElementCheck<T> check ? check.Check(element, view).Select(p => new Finding(Rule, element.Origin, p)) : [];

    private IEnumerable<Finding> Each<T>(IEnumerable<T> elements, IConfigurationView view) where T : Definition =>
        this is IElementCheck<T> ? elements.SelectMany(e => CheckElement(e, view)) : [];
}
