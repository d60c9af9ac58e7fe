using System.Text;
using System.Text.RegularExpressions;

namespace WsRouteResponses.Model;

/// <summary>
/// API Gateway matches integration response keys with Java's regular expressions, and .NET's engine agrees
/// with it on the usual constructs. This rewrites the Java-only syntax real keys use into .NET's, so that
/// such a key is neither refused by the rules nor unusable in the local runtime: possessive quantifiers
/// (<c>X*+</c> as the atomic group <c>(?&gt;X*)</c>), quoting (<c>\Q...\E</c>), <c>\x{h..}</c>, <c>\h</c> and
/// <c>\H</c>, and the POSIX classes <c>\p{Lower}</c>, <c>\p{Upper}</c>, <c>\p{Alpha}</c>, <c>\p{Digit}</c>,
/// <c>\p{Alnum}</c>, <c>\p{Punct}</c>, <c>\p{Space}</c>, <c>\p{XDigit}</c>, <c>\p{ASCII}</c>. Anything else is
/// passed as it is. Not covered: the rarer Java classes (<c>\p{javaLowerCase}</c>, <c>\p{IsLatin}</c>,
/// <c>\pL</c>), <c>\H</c> and <c>\P{..}</c> inside a class, and class intersections (<c>&amp;&amp;</c>), which .NET then
/// refuses; and differences of meaning under the same syntax (Java's <c>\d</c>, <c>\w</c> are ASCII only,
/// .NET's Unicode; Java's <c>\v</c> is any vertical whitespace).
/// </summary>
public static class JavaRegex
{
    // The members of each class, as they go inside [...].
    private const string Horizontal = @" \t\u00A0\u1680\u180E\u2000-\u200A\u202F\u205F\u3000";
    private static readonly Dictionary<string, string> s_posix = new(StringComparer.Ordinal)
    {
        ["Lower"] = "a-z", ["Upper"] = "A-Z", ["Alpha"] = "a-zA-Z", ["Digit"] = "0-9", ["Alnum"] = "a-zA-Z0-9",
        ["Punct"] = @"!-/:-@\[-`{-~", ["Space"] = @" \t\n\x0B\f\r", ["XDigit"] = "0-9a-fA-F", ["ASCII"] = @"\x00-\x7F",
    };

    /// <summary>The .NET pattern that means what the Java pattern <paramref name="pattern"/> means.</summary>
    public static string ToDotNet(string pattern)
    {
        var output = new StringBuilder(pattern.Length);
        var atom = -1; // where the last complete atom starts in output: what a quantifier applies to
        var groups = new Stack<int>();
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length && pattern[i + 1] == 'Q')
            {
                var end = pattern.IndexOf(@"\E", i + 2, StringComparison.Ordinal);
                atom = output.Length;
                output.Append(Regex.Escape(end < 0 ? pattern[(i + 2)..] : pattern[(i + 2)..end]));
                i = end < 0 ? pattern.Length : end + 1;
            }
            else if (c == '\\' && i + 1 < pattern.Length)
            {
                atom = output.Length;
                i = AppendEscape(pattern, i, output, insideClass: false);
            }
            else if (c == '[')
            {
                atom = output.Length;
                i = AppendClass(pattern, i, output);
            }
            else if (c == '(')
            {
                groups.Push(output.Length);
                output.Append(c);
                atom = -1;
            }
            else if (c == ')')
            {
                output.Append(c);
                atom = groups.Count > 0 ? groups.Pop() : -1;
            }
            else if (QuantifierEnd(pattern, i) is var end && end > i)
            {
                var quantifier = pattern[i..end];
                if (end < pattern.Length && pattern[end] == '+' && atom >= 0)
                {
                    output.Insert(atom, "(?>").Append(quantifier).Append(')');
                    i = end;
                }
                else
                {
                    output.Append(quantifier);
                    i = end - 1;
                }
                atom = -1;
            }
            else
            {
                atom = output.Length;
                output.Append(c);
            }
        }
        return output.ToString();
    }

    // The index just after the quantifier starting at i (*, +, ?, {n}, {n,}, {n,m}), or i when there is none.
    private static int QuantifierEnd(string pattern, int i)
    {
        if (pattern[i] is '*' or '+' or '?') return i + 1;
        if (pattern[i] != '{') return i;
        var close = pattern.IndexOf('}', i);
        return close > i + 1 && pattern[(i + 1)..close].All(ch => char.IsAsciiDigit(ch) || ch == ',') && char.IsAsciiDigit(pattern[i + 1]) ? close + 1 : i;
    }

    // The end of Java's octal digits after \0 starting at i: one or two, a third only when the first is 0 to 3.
    private static int OctalEnd(string pattern, int i)
    {
        var end = i;
        while (end < pattern.Length && end - i < 3 && pattern[end] is >= '0' and <= '7' && (end - i < 2 || pattern[i] <= '3')) end++;
        return end;
    }

    // Appends the escape at i (\h, \H, \p{Posix}, \x{h..}, \0ooo, or any other whole, as it is); returns the index of
    // its last character. Inside a class only the positive sets are spelled out (a negated one stays as it is).
    private static int AppendEscape(string pattern, int i, StringBuilder output, bool insideClass)
    {
        var next = pattern[i + 1];
        if (next == 'h' || (next == 'H' && !insideClass))
        {
            output.Append(insideClass ? Horizontal : next == 'h' ? $"[{Horizontal}]" : $"[^{Horizontal}]");
            return i + 1;
        }
        if (next == 'x' && i + 2 < pattern.Length && pattern[i + 2] == '{' && pattern.IndexOf('}', i + 3) is var brace && brace > i + 3
            && int.TryParse(pattern.AsSpan(i + 3, brace - i - 3), System.Globalization.NumberStyles.AllowHexSpecifier, null, out var code) && code is >= 0 and <= 0xFFFF)
        {
            output.Append($"\\u{code:X4}");
            return brace;
        }
        if (next is 'p' or 'P' && i + 2 < pattern.Length && pattern[i + 2] == '{' && pattern.IndexOf('}', i + 3) is var close && close > 0
            && s_posix.TryGetValue(pattern[(i + 3)..close], out var members) && !(insideClass && next == 'P'))
        {
            output.Append(insideClass ? members : next == 'p' ? $"[{members}]" : $"[^{members}]");
            return close;
        }
        if (next == '0' && OctalEnd(pattern, i + 2) is var octalEnd && octalEnd > i + 2)
        {
            // Java's \0 takes up to three octal digits after the 0 (the third only when the first is 0 to 3); .NET counts the 0 itself.
            output.Append($"\\u{Convert.ToInt32(pattern[(i + 2)..octalEnd], 8):X4}");
            return octalEnd - 1;
        }
        var length = EscapeLength(pattern, i);
        output.Append(pattern, i, length);
        return i + length - 1;
    }

    // The length of the escape at i, whole: \xhh, \uhhhh, \cX, \k<name>, \p{..} or \pX; otherwise a backslash and
    // one character (a backreference is \ and one digit, as Java reads \12 with fewer than 12 groups).
    private static int EscapeLength(string pattern, int i)
    {
        int Span(int start, Func<char, bool> allowed, int max)
        {
            var end = start;
            while (end < pattern.Length && end - start < max && allowed(pattern[end])) end++;
            return end - i;
        }
        return pattern[i + 1] switch
        {
            'x' => Span(i + 2, char.IsAsciiHexDigit, 2),
            'u' => Span(i + 2, char.IsAsciiHexDigit, 4),
            'c' when i + 2 < pattern.Length => 3,
            'k' when i + 2 < pattern.Length && pattern[i + 2] == '<' && pattern.IndexOf('>', i + 3) is var close and > 0 => close - i + 1,
            'p' or 'P' when i + 2 < pattern.Length && pattern[i + 2] == '{' && pattern.IndexOf('}', i + 3) is var close and > 0 => close - i + 1,
            'p' or 'P' when i + 2 < pattern.Length => 3,
            _ => 2,
        };
    }

    // Appends the character class starting at i, with its escapes translated; returns the index of its ']'.
    private static int AppendClass(string pattern, int i, StringBuilder output)
    {
        output.Append('[');
        var j = i + 1;
        if (j < pattern.Length && pattern[j] == '^') output.Append(pattern[j++]);
        if (j < pattern.Length && pattern[j] == ']') output.Append(pattern[j++]); // a leading ']' is a member
        for (; j < pattern.Length && pattern[j] != ']'; j++)
        {
            if (pattern[j] == '\\' && j + 1 < pattern.Length) j = AppendEscape(pattern, j, output, insideClass: true);
            else output.Append(pattern[j]);
        }
        if (j < pattern.Length) output.Append(']');
        return j;
    }
}
