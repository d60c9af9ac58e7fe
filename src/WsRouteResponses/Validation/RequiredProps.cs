namespace WsRouteResponses.Validation;

/// <summary>The check every construct makes first: its props are given (an error naming the construct, not a bare <c>props</c>).</summary>
internal static class RequiredProps
{
    /// <summary>Returns <paramref name="props"/>, or throws naming the construct's <paramref name="path"/> (read only then: a jsii call) and <paramref name="type"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="props"/> is null.</exception>
    public static T NotNull<T>(T? props, Func<string> path, string type) where T : class =>
        props ?? throw new ArgumentNullException(nameof(props), $"[{path()}] {type} is null; give the construct its props: new {type} {{ ... }}.");
}
