namespace WsRouteResponses.Model;

// Terraform reads "${" and "%{" in a string as its own template syntax: text meant literally writes them "$${" and
// "%%{" (in Terraform JSON attributes, addresses' keys and templates the evaluator keeps).
internal static class TemplateText
{
    public static string Escape(string text) =>
        text.Replace("${", "$${", StringComparison.Ordinal).Replace("%{", "%%{", StringComparison.Ordinal);
}
