using System.Globalization;
using System.Numerics;

namespace WsRouteResponses.Local.Vtl;

/// <summary>
/// Numbers as Velocity 1.7 treats them: integer arithmetic that widens to a big integer rather than overflow,
/// integer division, decimals as Java doubles, and Java's way of printing a double (<c>2.5</c>, <c>1.0E7</c>, <c>1.0E-4</c>).
/// An operation Velocity refuses (a null or non-number operand, division by zero) gives null: the template goes on.
/// </summary>
internal static class VtlNumbers
{
    /// <summary>Whether a value is a number (long, int, double or big integer).</summary>
    public static bool IsNumber(object? value) => value is long or double or int or BigInteger;

    /// <summary>A number as a double.</summary>
    public static double ToDouble(object? value) => value is BigInteger big ? (double)big : Convert.ToDouble(value, CultureInfo.InvariantCulture);

    /// <summary><paramref name="left"/> <paramref name="op"/> <paramref name="right"/>, or null where Velocity logs an error and yields nothing.</summary>
    public static object? Arithmetic(string op, object? left, object? right)
    {
        if (left is null || right is null) return null;
        if (op == "+" && (left is string || right is string)) return VtlValues.Format(left) + VtlValues.Format(right);
        if (!IsNumber(left) || !IsNumber(right)) return null;
        if (left is double || right is double)
        {
            double x = ToDouble(left), y = ToDouble(right);
            if (op is "/" or "%" && y == 0) return null;
            return op switch { "+" => x + y, "-" => x - y, "*" => x * y, "/" => x / y, _ => x % y };
        }
        BigInteger a = ToBig(left), b = ToBig(right);
        if (op is "/" or "%" && b.IsZero) return null;
        var result = op switch { "+" => a + b, "-" => a - b, "*" => a * b, "/" => BigInteger.Divide(a, b), _ => BigInteger.Remainder(a, b) };
        return result >= long.MinValue && result <= long.MaxValue ? (object)(long)result : result;
    }

    /// <summary>The order of two numbers, or null when either is not a number (Velocity then logs and the comparison is false).</summary>
    public static int? Compare(object? left, object? right)
    {
        if (!IsNumber(left) || !IsNumber(right)) return null;
        if (left is double || right is double) return ToDouble(left).CompareTo(ToDouble(right));
        return ToBig(left).CompareTo(ToBig(right));
    }

    private static BigInteger ToBig(object? value) => value switch
    {
        BigInteger big => big,
        long l => l,
        int i => i,
        _ => new BigInteger(ToDouble(value)),
    };

    /// <summary>A double as Java's Double.toString prints it.</summary>
    public static string Format(double value)
    {
        if (double.IsNaN(value)) return "NaN";
        if (double.IsInfinity(value)) return value > 0 ? "Infinity" : "-Infinity";
        if (value == 0) return double.IsNegative(value) ? "-0.0" : "0.0";
        var sign = value < 0 ? "-" : "";
        var (digits, point) = Digits(Math.Abs(value));
        var magnitude = Math.Abs(value);
        if (magnitude >= 1e-3 && magnitude < 1e7)
        {
            if (point <= 0) return sign + "0." + new string('0', -point) + digits;
            if (point >= digits.Length) return sign + digits + new string('0', point - digits.Length) + ".0";
            return sign + digits[..point] + "." + digits[point..];
        }
        return sign + digits[0] + "." + (digits.Length > 1 ? digits[1..] : "0") + "E" + (point - 1).ToString(CultureInfo.InvariantCulture);
    }

    // The shortest round-trip digits of a positive double, without leading or trailing zeros, and where the decimal point goes.
    private static (string Digits, int Point) Digits(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        var exponent = 0;
        var e = text.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exponent = int.Parse(text[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text[..e];
        }
        var dot = text.IndexOf('.');
        var point = (dot < 0 ? text.Length : dot) + exponent;
        var digits = text.Replace(".", "", StringComparison.Ordinal);
        var leading = digits.Length - digits.TrimStart('0').Length;
        return (digits.Trim('0'), point - leading);
    }
}
