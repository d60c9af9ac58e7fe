namespace WsRouteResponses.Model.Hcl;

/// <summary>
/// Parses HCL native syntax (Terraform's <c>*.tf</c>) into an unevaluated syntax tree, following HashiCorp's
/// specification (hclsyntax spec.md). Errors are <see cref="HclSyntaxException"/>s naming file, line and column.
/// </summary>
public static class HclParser
{
    /// <summary>Reads and parses the file at <paramref name="path"/>.</summary>
    /// <exception cref="ConfigurationReadException">The file cannot be read.</exception>
    /// <exception cref="HclSyntaxException">The file is not valid HCL.</exception>
    public static HclBody ParseFile(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationReadException($"{path}: cannot be read: {e.Message}");
        }
        return Parse(text, path);
    }

    /// <summary>Parses <paramref name="text"/>, the content of a configuration file named <paramref name="fileName"/> in messages.</summary>
    /// <exception cref="HclSyntaxException">The text is not valid HCL.</exception>
    public static HclBody Parse(string text, string fileName)
    {
        var (tokens, expressions) = Start(text, fileName);
        return new HclBodyParser(tokens, expressions).ParseFile();
    }

    /// <summary>Parses <paramref name="text"/> as one expression (with nothing but newlines and comments after it).</summary>
    /// <exception cref="HclSyntaxException">The text is not one valid expression.</exception>
    public static HclExpression ParseExpression(string text, string fileName)
    {
        var (tokens, expressions) = Start(text, fileName);
        var expression = expressions.Parse();
        while (tokens.TryRead(HclTokenKind.Newline)) { }
        var rest = tokens.Peek();
        if (rest.Kind != HclTokenKind.EndOfFile)
            throw tokens.ErrorAt(rest, "Extra characters after expression", "An expression was successfully parsed, but extra characters were found after it.");
        return expression;
    }

    /// <summary>
    /// Parses <paramref name="text"/> as a template, the way Terraform reads strings in <c>*.tf.json</c>:
    /// <c>${ }</c> interpolations and <c>%{ }</c> directives, everything else literal (no backslash escapes).
    /// </summary>
    /// <exception cref="HclSyntaxException">An interpolation or directive is malformed.</exception>
    public static HclExpression ParseTemplate(string text, string fileName)
    {
        var (_, expressions) = Start(text, fileName);
        return expressions.Templates.ParseBare();
    }

    private static (HclTokenStream, HclExpressionParser) Start(string text, string fileName)
    {
        var tokens = new HclTokenStream(new HclLexer(new HclSourceText(fileName, text)));
        return (tokens, new HclExpressionParser(tokens));
    }
}
