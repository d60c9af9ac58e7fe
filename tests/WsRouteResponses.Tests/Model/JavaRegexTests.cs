using System.Text.RegularExpressions;
using WsRouteResponses.Model;

namespace WsRouteResponses.Tests.Model;

/// <summary>Java's regular expression syntax (API Gateway's engine for response keys) in .NET's.</summary>
public sealed class JavaRegexTests
{
    [Theory]
    [InlineData("a*+a", "(?>a*)a")]
    [InlineData("(ab)++c", "(?>(ab)+)c")]
    [InlineData("x{2,3}+", "(?>x{2,3})")]
    [InlineData(@"[a-c]?+", @"(?>[a-c]?)")]
    [InlineData(@"\Q.*\E", @"\.\*")]
    [InlineData(@"\h", @"[ \t\u00A0\u1680\u180E\u2000-\u200A\u202F\u205F\u3000]")]
    [InlineData(@"[\p{Lower}\d]", @"[a-z\d]")]
    [InlineData(@"\P{Digit}", "[^0-9]")]
    [InlineData(@"[^\H]", @"[^\H]")] // a negated set inside a class stays as it is (.NET then refuses it: not covered)
    [InlineData(@"\0101", @"\u0041")] // Java's octal: up to three digits after the 0
    [InlineData(@"\0477", @"\u00277")]
    [InlineData(@"(a)\12++", @"(a)\1(?>2+)")] // \12 with one group: the backreference \1, then 2
    [InlineData(@"\x41++", @"(?>\x41+)")] // long escapes are one atom
    [InlineData(@"\u0041++", @"(?>\u0041+)")]
    [InlineData(@"\p{L}++", @"(?>\p{L}+)")]
    [InlineData(@"\x{41}", @"\u0041")]
    public void Java_only_constructs_are_rewritten(string java, string dotNet) => Assert.Equal(dotNet, JavaRegex.ToDotNet(java));

    [Theory]
    [InlineData(@"4\d\d")]
    [InlineData("a*?b")]
    [InlineData("[]a]")]
    [InlineData(@"\p{L}+")]
    [InlineData(".*Not found.*")]
    [InlineData("x{2}")]
    public void Common_syntax_passes_as_it_is(string pattern) => Assert.Equal(pattern, JavaRegex.ToDotNet(pattern));

    // What a key matches, anchored as API Gateway does.
    [Theory]
    [InlineData("a*+a", "aaa", false)] // possessive: gives nothing back, as in Java
    [InlineData("a*a", "aaa", true)]
    [InlineData(@"\Q.\E", ".", true)]
    [InlineData(@"\Q.\E", "x", false)]
    [InlineData(@"\0101", "A", true)]
    [InlineData(@"\p{Upper}+ \p{Digit}", "NOT 4", true)]
    public void Rewritten_keys_match_as_java_does(string key, string value, bool matches) =>
        Assert.Equal(matches, Regex.IsMatch(value, $"^(?:{JavaRegex.ToDotNet(key)})$"));
}
