using System.Security.Cryptography;
using System.Text;
using WsRouteResponses.Model.Hcl;

namespace WsRouteResponses.Model;

// Templates and function calls, including those that read files or take expressions (try, can).
internal sealed partial class ExpressionEvaluator
{
    private TerraformValue Template(HclTemplateExpr template, Symbols symbols)
    {
        var text = new StringBuilder();
        var pending = false;
        foreach (var part in template.Parts)
        {
            switch (part)
            {
                case HclTemplateLiteral literal:
                    text.Append(pending ? TemplateText.Escape(literal.Value) : literal.Value);
                    break;
                case HclTemplateInterpolation interpolation:
                    var value = Evaluate(interpolation.Expression, symbols);
                    if (value is PendingValue p)
                    {
                        // From here the text is a Terraform template: the literal ${ and %{ written so far are escaped.
                        if (!pending) text = new StringBuilder(TemplateText.Escape(text.ToString()));
                        pending = true;
                        text.Append(p.TemplateText);
                    }
                    else text.Append(Interpolated(value, pending));
                    break;
                case HclTemplateIf branch:
                    var condition = Evaluate(branch.Condition, symbols);
                    if (condition is PendingValue) return PendingValue.OfTemplate(template.SourceText.Trim('"'));
                    if ((Operators.Truth(condition, "if") ? branch.WhenTrue : branch.WhenFalse) is { } chosen)
                        text.Append(Interpolated(Template(chosen, symbols), pending));
                    break;
                case HclTemplateFor loop:
                    var collection = Evaluate(loop.Collection, symbols);
                    if (collection is PendingValue) return PendingValue.OfTemplate(template.SourceText.Trim('"'));
                    foreach (var (key, item) in Elements(collection))
                    {
                        var inner = loop.KeyVariable is { } k ? symbols.With(k, key).With(loop.ValueVariable, item) : symbols.With(loop.ValueVariable, item);
                        text.Append(Interpolated(Template(loop.Body, inner), pending));
                    }
                    break;
            }
        }
        return pending ? PendingValue.OfTemplate(text.ToString()) : new StringValue(text.ToString());
    }

    private static string Interpolated(TerraformValue value, bool pending)
    {
        if (value is PendingValue p) return p.TemplateText;
        var text = value switch
        {
            NullValue => throw new TerraformValueException("Invalid template interpolation value: the expression result is null."),
            SequenceValue or MappingValue => throw new TerraformValueException($"Invalid template interpolation value: cannot include a {value.KindName} in a string template."),
            _ => value.AsString()!,
        };
        return pending ? TemplateText.Escape(text) : text;
    }

    private TerraformValue Call(HclFunctionCallExpr call, Symbols symbols)
    {
        switch (call.Name)
        {
            case "try": return Try(call, symbols);
            case "can": return Can(call, symbols);
        }
        var arguments = call.Arguments.Select(a => Evaluate(a, symbols)).ToList();
        if (call.ExpandFinal && arguments.Count > 0 && arguments[^1] is SequenceValue last)
            arguments = [.. arguments[..^1], .. last.Items];
        if (arguments.Any(a => !a.IsWhollyKnown) || !(TerraformFunctions.IsKnown(call.Name) || IsFileFunction(call.Name)))
            return PendingValue.OfExpression($"{call.Name}({string.Join(", ", arguments.Select(Operators.Literal))})");
        return call.Name switch
        {
            "file" => new StringValue(ReadFile(arguments, "file")),
            "fileexists" => BoolValue.Of(File.Exists(module.PathOf(TerraformFunctions.Text(arguments[0], "fileexists")))),
            "filebase64sha256" => new StringValue(Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(ReadFile(arguments, "filebase64sha256"))))),
            "templatefile" => TemplateFile(arguments),
            _ => TerraformFunctions.Call(call.Name, arguments),
        };
    }

    private static bool IsFileFunction(string name) => name is "file" or "fileexists" or "filebase64sha256" or "templatefile";

    // try: the first argument that evaluates without an error; a pending one may fail at apply, so the result pends.
    private TerraformValue Try(HclFunctionCallExpr call, Symbols symbols)
    {
        var texts = new List<string>();
        foreach (var argument in call.Arguments)
        {
            try
            {
                var value = Evaluate(argument, symbols);
                if (value is not PendingValue pending) return texts.Count == 0 ? value : PendingValue.OfExpression($"try({string.Join(", ", texts)}, {Operators.Literal(value)})");
                texts.Add(pending.Expression);
            }
            catch (EvaluationException)
            {
                // Terraform moves on to the next argument.
            }
        }
        return texts.Count > 0 ? PendingValue.OfExpression($"try({string.Join(", ", texts)})")
            : throw new TerraformValueException("Call to function \"try\" failed: no expression succeeded.");
    }

    private TerraformValue Can(HclFunctionCallExpr call, Symbols symbols)
    {
        if (call.Arguments.Count != 1) throw new TerraformValueException("can takes 1 argument");
        try
        {
            return Evaluate(call.Arguments[0], symbols) is PendingValue pending ? PendingValue.OfExpression($"can({pending.Expression})") : BoolValue.True;
        }
        catch (EvaluationException)
        {
            return BoolValue.False;
        }
    }

    private string ReadFile(IReadOnlyList<TerraformValue> arguments, string function)
    {
        if (arguments.Count != 1) throw new TerraformValueException($"{function} takes 1 argument");
        var path = module.PathOf(TerraformFunctions.Text(arguments[0], function));
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new TerraformValueException($"Call to function \"{function}\" failed: no file exists at \"{TerraformFunctions.Text(arguments[0], function)}\".");
        }
    }

    // templatefile(path, vars): the file as a template, with only vars' attributes as names.
    private TerraformValue TemplateFile(IReadOnlyList<TerraformValue> arguments)
    {
        if (arguments.Count != 2) throw new TerraformValueException("templatefile takes 2 arguments");
        // Terraform refuses templatefile in a template (it would recurse without end).
        if (_inTemplateFile) throw new TerraformValueException("Call to function \"templatefile\" failed: cannot recursively call templatefile from inside another template function.");
        var text = ReadFile([arguments[0]], "templatefile");
        var template = HclParser.ParseTemplate(text, TerraformFunctions.Text(arguments[0], "templatefile"));
        var symbols = TerraformFunctions.Mapping(arguments[1], "templatefile").Attributes
            .Aggregate(Symbols.Empty, (bound, variable) => bound.With(variable.Key, variable.Value));
        _inTemplateFile = true;
        try
        {
            return Evaluate(template, symbols);
        }
        finally
        {
            _inTemplateFile = false;
        }
    }

    private bool _inTemplateFile;
}
