namespace WsRouteResponses.Model;

/// <summary>
/// Values for a Terraform project's root variables as the command line gives them to Terraform, which the
/// HCL reader takes after <c>terraform.tfvars</c> and <c>*.auto.tfvars</c>: files first, then single values.
/// </summary>
/// <param name="Values"><c>--var name=value</c>, in order (the last wins). A variable whose <c>type</c> is not
/// <c>string</c> reads its value as an expression (<c>--var 'routes=["a","b"]'</c>), as Terraform does.</param>
/// <param name="Files"><c>--var-file</c> paths, in order.</param>
public sealed record TerraformVariables(IReadOnlyList<KeyValuePair<string, string>> Values, IReadOnlyList<string> Files)
{
    /// <summary>No values.</summary>
    public static TerraformVariables None { get; } = new([], []);

    /// <summary>Values from <c>name=value</c> texts and files.</summary>
    /// <exception cref="ConfigurationReadException">A value has no <c>=</c>, or a file does not exist.</exception>
    public static TerraformVariables Parse(IEnumerable<string> values, IEnumerable<string> files)
    {
        var pairs = values.Select(v => v.IndexOf('=', StringComparison.Ordinal) is > 0 and var at
            ? KeyValuePair.Create(v[..at], v[(at + 1)..])
            : throw new ConfigurationReadException($"--var {v}: expected name=value, e.g. --var stage_name=dev.")).ToList();
        var paths = files.Select(f => File.Exists(f) ? f : throw new ConfigurationReadException($"--var-file {f}: no such file.")).ToList();
        return new TerraformVariables(pairs, paths);
    }
}
