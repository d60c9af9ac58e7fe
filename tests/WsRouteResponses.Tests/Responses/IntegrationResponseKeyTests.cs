
namespace WsRouteResponses.Tests.Responses;

public sealed class IntegrationResponseKeyTests
{
    [Fact]
    public void Default_is_the_dollar_default_catch_all()
    {
        Assert.Equal("$default", IntegrationResponseKey.Default.Value);
        Assert.True(IntegrationResponseKey.Default.IsDefault);
        Assert.False(IntegrationResponseKey.Default.MatchesStatus);
    }

    [Theory]
    [InlineData(2, "/2\\d\\d/")]
    [InlineData(4, "/4\\d\\d/")]
    [InlineData(5, "/5\\d\\d/")]
    public void StatusClass_is_a_regex_between_slashes(int digit, string expected)
    {
        var key = IntegrationResponseKey.StatusClass(digit);
        Assert.Equal(expected, key.Value);
        Assert.True(key.MatchesStatus);
    }

    [Fact]
    public void Status_is_one_exact_code()
    {
        Assert.Equal("/404/", IntegrationResponseKey.Status(404).Value);
        Assert.True(IntegrationResponseKey.Status(404).MatchesStatus);
    }

    [Fact]
    public void Regex_wraps_the_pattern_in_slashes()
    {
        var key = IntegrationResponseKey.Regex(".*Not found.*");
        Assert.Equal("/.*Not found.*/", key.Value);
        Assert.False(key.MatchesStatus);
        Assert.False(key.IsDefault);
    }

    [Theory]
    [InlineData("/404/", true)]
    [InlineData("/4\\d\\d/", true)]
    [InlineData("/44/", false)]
    [InlineData("/6\\d\\d/", false)]
    [InlineData("/4\\d/", false)]
    [InlineData("$default", false)]
    public void MatchesStatus_recognizes_status_keys_however_they_were_made(string key, bool expected) =>
        Assert.Equal(expected, IntegrationResponseKey.Parse(key).MatchesStatus);

    [Fact]
    public void Keys_made_two_ways_are_equal()
    {
        Assert.Equal(IntegrationResponseKey.StatusClass(2), IntegrationResponseKey.Regex("2\\d\\d"));
        Assert.Equal(IntegrationResponseKey.StatusClass(4), IntegrationResponseKey.Parse("/4\\d\\d/"));
        Assert.Equal(IntegrationResponseKey.Default, IntegrationResponseKey.Parse("$default"));
    }

    [Fact]
    public void A_regex_that_does_not_compile_is_rejected_when_the_key_is_made()
    {
        var error = Assert.Throws<ArgumentException>(() => IntegrationResponseKey.Regex("2(\\d\\d"));
        Assert.StartsWith("WSR305: /2(\\d\\d/ is not a valid regular expression: ", error.Message);
        Assert.Contains("Fix: use IntegrationResponseKey.Default, .Status(404), .StatusClass(2) or .Regex(\"5\\\\d\\\\d\"); a custom key is a Java-style regular expression written between slashes, like /4\\d\\d/.", error.Message);
    }

    [Fact]
    public void An_empty_regex_is_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() => IntegrationResponseKey.Regex(""));
        Assert.StartsWith("WSR305: The regular expression is empty. Fix: ", error.Message);
    }

    [Theory]
    [InlineData("default")]
    [InlineData("2\\d\\d")]
    [InlineData("//")]
    [InlineData("$DEFAULT")]
    public void Parse_rejects_text_that_is_neither_default_nor_a_slashed_regex(string text)
    {
        var error = Assert.Throws<FormatException>(() => IntegrationResponseKey.Parse(text));
        Assert.StartsWith($"WSR305: \"{text}\" is neither $default nor a regular expression between slashes. Fix: ", error.Message);
    }

    [Fact]
    public void Parse_rejects_a_slashed_regex_that_does_not_compile()
    {
        var error = Assert.Throws<FormatException>(() => IntegrationResponseKey.Parse("/[2-/"));
        Assert.StartsWith("WSR305: /[2-/ is not a valid regular expression: ", error.Message);
    }

    [Theory]
    [InlineData(99)]
    [InlineData(600)]
    public void Status_rejects_codes_outside_100_to_599(int code)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => IntegrationResponseKey.Status(code));
        Assert.StartsWith($"WSR305: {code} is not an HTTP status code (100 to 599). Fix: ", error.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void StatusClass_rejects_digits_outside_1_to_5(int digit)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => IntegrationResponseKey.StatusClass(digit));
        Assert.StartsWith($"WSR305: {digit}xx is not a status class (1xx to 5xx). Fix: ", error.Message);
    }
}
