using System.Globalization;
using System.Text;

namespace WsRouteResponses.Model;

// format(spec, values...): Terraform's verbs, which follow Go's fmt: %% %v %#v %s %q %d %f %t %x %X, with the
// flags - + 0 and space, a width and a precision.
internal static class GoFormat
{
    public static string Format(string spec, IReadOnlyList<TerraformValue> arguments)
    {
        var text = new StringBuilder();
        var next = 0;
        for (var i = 0; i < spec.Length; i++)
        {
            if (spec[i] != '%')
            {
                text.Append(spec[i]);
                continue;
            }
            var start = i++;
            var flags = "";
            while (i < spec.Length && "-+0 #".Contains(spec[i], StringComparison.Ordinal)) flags += spec[i++];
            var width = Digits(spec, ref i);
            int? precision = null;
            if (i < spec.Length && spec[i] == '.')
            {
                i++;
                precision = Digits(spec, ref i) ?? 0;
            }
            if (i >= spec.Length) throw new TerraformValueException($"format: unterminated verb {spec[start..]}");
            var verb = spec[i];
            if (verb == '%')
            {
                text.Append('%');
                continue;
            }
            if (next >= arguments.Count) throw new TerraformValueException($"format: not enough arguments for {spec[start..(i + 1)]}");
            var formatted = Verb(verb, flags, precision, arguments[next++]);
            text.Append(Pad(formatted, width, flags));
        }
        if (next < arguments.Count) throw new TerraformValueException($"format: too many arguments; only {next} used by format string");
        return text.ToString();
    }

    private static int? Digits(string spec, ref int i)
    {
        var start = i;
        while (i < spec.Length && char.IsAsciiDigit(spec[i])) i++;
        return i > start ? int.Parse(spec[start..i], CultureInfo.InvariantCulture) : null;
    }

    private static string Verb(char verb, string flags, int? precision, TerraformValue value)
    {
        switch (verb)
        {
            case 'v' when flags.Contains('#', StringComparison.Ordinal):
                return JsonText.Encode(value);
            case 'v':
                return value is SequenceValue or MappingValue ? JsonText.Encode(value) : value is NullValue ? "null" : value.AsString()!;
            case 's':
                var s = value.AsString() ?? throw new TerraformValueException($"format: %s needs a string, not {value.KindName}");
                return precision is { } p && p < s.Length ? s[..p] : s;
            case 'q':
                return JsonText.Encode(new StringValue(value.AsString() ?? throw new TerraformValueException($"format: %q needs a string, not {value.KindName}")));
            case 't':
                return value is BoolValue b ? (b.Value ? "true" : "false") : throw new TerraformValueException($"format: %t needs a bool, not {value.KindName}");
            case 'd' or 'x' or 'X':
                var number = TerraformFunctions.Number(value, "format");
                if (number != decimal.Truncate(number)) throw new TerraformValueException($"format: %{verb} needs a whole number, not {new NumberValue(number)}");
                var whole = (System.Numerics.BigInteger)number;
                var digits = verb == 'd' ? System.Numerics.BigInteger.Abs(whole).ToString(CultureInfo.InvariantCulture)
                    : System.Numerics.BigInteger.Abs(whole).ToString(verb == 'x' ? "x" : "X", CultureInfo.InvariantCulture).TrimStart('0') is { Length: > 0 } hex ? hex : "0";
                return Sign(whole < 0, flags) + digits;
            case 'f':
                // Terraform's numbers are binary floats: 2.675 is a little under, and prints 2.67 at two places, as a double does.
                var f = (double)TerraformFunctions.Number(value, "format");
                return Sign(f < 0, flags) + Math.Abs(f).ToString("F" + (precision ?? 6), CultureInfo.InvariantCulture);
            default:
                throw new TerraformValueException($"format: unsupported verb %{verb}");
        }
    }

    private static string Sign(bool negative, string flags) =>
        negative ? "-" : flags.Contains('+', StringComparison.Ordinal) ? "+" : flags.Contains(' ', StringComparison.Ordinal) ? " " : "";

    private static string Pad(string text, int? width, string flags)
    {
        if (width is not { } w || text.Length >= w) return text;
        if (flags.Contains('-', StringComparison.Ordinal)) return text.PadRight(w);
        if (flags.Contains('0', StringComparison.Ordinal))
        {
            var sign = text.Length > 0 && text[0] is '-' or '+' or ' ' ? text[..1] : "";
            return sign + text[sign.Length..].PadLeft(w - sign.Length, '0');
        }
        return text.PadLeft(w);
    }
}
