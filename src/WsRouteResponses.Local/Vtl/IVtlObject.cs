namespace WsRouteResponses.Local.Vtl;

/// <summary>
/// An object a template reaches by reference, such as <c>$input</c> or <c>$util</c>: its properties and
/// methods by name (Velocity calls Java methods; these are the ones API Gateway templates use).
/// </summary>
internal interface IVtlObject
{
    /// <summary>The value of <c>$this.name</c>, or null.</summary>
    object? Property(string name);

    /// <summary>The value of <c>$this.name(arguments)</c>, spending time and items from the rendering's <paramref name="budget"/>.</summary>
    /// <exception cref="VtlException">No such method, or bad arguments.</exception>
    object? Call(string name, IReadOnlyList<object?> arguments, VtlBudget budget);
}
