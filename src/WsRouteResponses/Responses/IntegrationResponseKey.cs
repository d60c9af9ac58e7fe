using System.Text.RegularExpressions;
using WsRouteResponses.Model;

namespace WsRouteResponses;

/// <summary>
/// The key of an integration response: the <c>$default</c> catch-all, or a regular expression written
/// between slashes that API Gateway matches against the integration's answer (the status code for HTTP
/// and MOCK integrations, <c>$integration.response.body.errorMessage</c> for Lambda non-proxy ones).
/// Keys are validated when made (rule <c>WSR305</c>), so a key that exists is one API Gateway accepts.
/// </summary>
public sealed record IntegrationResponseKey
{
    private const string DefaultValue = ResponseKeySyntax.Default;

    private IntegrationResponseKey(string value) => Value = value;

    /// <summary>The key as API Gateway stores it: <c>$default</c> or <c>/regex/</c>. Two keys are equal when their values are.</summary>
    public string Value { get; }

    /// <summary>Whether the key is a status code or status class (<c>/404/</c>, <c>/4\d\d/</c>), however it was made.</summary>
    public bool MatchesStatus => ResponseKeySyntax.MatchesStatus(Value);

    /// <summary>Whether this is the <c>$default</c> catch-all.</summary>
    public bool IsDefault => Value == DefaultValue;

    /// <summary>The <c>$default</c> catch-all: used when no other key matches. Every non-proxy integration should have one (rule <c>WSR303</c>).</summary>
    public static IntegrationResponseKey Default { get; } = new(DefaultValue);

    /// <summary>One exact status code: <c>Status(404)</c> is <c>/404/</c>.</summary>
    /// <param name="statusCode">An HTTP status code, 100 to 599.</param>
    /// <exception cref="ArgumentOutOfRangeException">The code is outside 100..599 (rule <c>WSR305</c>).</exception>
    public static IntegrationResponseKey Status(int statusCode)
    {
        if (statusCode is < 100 or > 599)
            throw new ArgumentOutOfRangeException(nameof(statusCode), statusCode, Rules.ResponseKey.Message($"{statusCode} is not an HTTP status code (100 to 599)."));
        return new($"/{statusCode}/");
    }

    /// <summary>A whole class of status codes: <c>StatusClass(2)</c> is <c>/2\d\d/</c> (any 2xx).</summary>
    /// <param name="leadingDigit">The first digit of the class, 1 to 5.</param>
    /// <exception cref="ArgumentOutOfRangeException">The digit is outside 1..5 (rule <c>WSR305</c>).</exception>
    public static IntegrationResponseKey StatusClass(int leadingDigit)
    {
        if (leadingDigit is < 1 or > 5)
            throw new ArgumentOutOfRangeException(nameof(leadingDigit), leadingDigit, Rules.ResponseKey.Message($"{leadingDigit}xx is not a status class (1xx to 5xx)."));
        return new($"/{leadingDigit}\\d\\d/");
    }

    /// <summary>A custom regular expression, given without the slashes: <c>Regex("5\\d\\d")</c> is <c>/5\d\d/</c>.</summary>
    /// <param name="pattern">The expression; it must compile (checked with .NET's engine, which agrees with API Gateway's Java engine on the usual constructs).</param>
    /// <exception cref="ArgumentException">The pattern is empty or does not compile (rule <c>WSR305</c>).</exception>
    public static IntegrationResponseKey Regex(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        return ResponseKeySyntax.RegexProblem(pattern) is { } problem
            ? throw new ArgumentException(Rules.ResponseKey.Message(problem), nameof(pattern))
            : new($"/{pattern}/");
    }

    /// <summary>Reads a key as API Gateway writes it: <c>$default</c> or <c>/regex/</c>.</summary>
    /// <param name="value">The key text.</param>
    /// <exception cref="FormatException">The text is neither form, or the regex does not compile (rule <c>WSR305</c>).</exception>
    public static IntegrationResponseKey Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value == DefaultValue) return Default;
        return ResponseKeySyntax.Problem(value) is { } problem ? throw new FormatException(Rules.ResponseKey.Message(problem)) : new(value);
    }

    /// <summary>The key text, as <see cref="Value"/>.</summary>
    public override string ToString() => Value;
}
