using System.Diagnostics;

namespace WsRouteResponses.Local.Vtl;

/// <summary>
/// What is left of one rendering's <see cref="VtlLimits"/> for time and items: the renderer and the methods it calls
/// (JSONPath in <c>$input.json</c>) spend from the same budget, so that no call can outlast the rendering's limit.
/// </summary>
internal sealed class VtlBudget(VtlLimits limits)
{
    /// <summary>The engine's bound on one regular expression match (String.matches and the like, a JSONPath <c>=~</c>).</summary>
    public static readonly TimeSpan RegexLimit = TimeSpan.FromSeconds(1);

    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private int _items;

    /// <summary>The limits this budget spends.</summary>
    public VtlLimits Limits => limits;

    /// <summary>The time one regular expression match may take: the engine's bound, or what is left of the rendering if less.</summary>
    public TimeSpan RegexTimeout
    {
        get
        {
            var left = limits.Timeout - _clock.Elapsed;
            // Regex refuses a zero or negative timeout; a spent budget fails at the next CheckTime.
            return left < RegexLimit ? (left > TimeSpan.FromMilliseconds(1) ? left : TimeSpan.FromMilliseconds(1)) : RegexLimit;
        }
    }

    /// <exception cref="VtlException">The rendering has taken longer than its limit.</exception>
    public void CheckTime()
    {
        if (_clock.Elapsed > limits.Timeout) throw new VtlException($"rendering took longer than {limits.Timeout.TotalMilliseconds:0} ms");
    }

    /// <summary>Counts <paramref name="count"/> items (loop iterations, range items, JSONPath results) against the iteration limit: false when the rendering has now made more than it.</summary>
    public bool TrySpend(int count)
    {
        _items = count > limits.MaxIterations - _items ? limits.MaxIterations + 1 : _items + count;
        return _items <= limits.MaxIterations;
    }
}
