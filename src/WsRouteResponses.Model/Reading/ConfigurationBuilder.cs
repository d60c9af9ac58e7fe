namespace WsRouteResponses.Model;

/// <summary>
/// Makes the <see cref="WebSocketConfiguration"/> of a <see cref="TerraformDocument"/>, whichever reader
/// produced it: each resource becomes the definition <see cref="ResourceConverter"/> gives it, references
/// between resources name the elements they refer to, and APIs that are not WebSocket ones are left out.
/// </summary>
public static partial class ConfigurationBuilder
{
    /// <summary>The WebSocket configuration <paramref name="document"/> describes.</summary>
    public static WebSocketConfiguration Build(TerraformDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        // Each expanded resource's instances (aws_x.y -> aws_x.y["a"], aws_x.y["b"]), read once for both uses.
        var instances = document.Resources.Where(r => !r.IsData).Select(r => InstanceAddress().Match(r.Address)).Where(m => m.Success)
            .ToLookup(m => m.Groups["resource"].Value, m => m.Value, StringComparer.Ordinal);
        var resolve = Resolver(document, instances);
        var definitions = new List<Definition>();
        foreach (var resource in document.Resources.Where(r => !r.IsData && ResourceConverter.Types.Contains(r.Type)))
        {
            var origin = new Origin(resource.Address, resource.ConstructPath) { Location = resource.Location };
            var definition = ResourceConverter.Convert(resource.Type, origin, resource.Body, resolve);
            if (definition is DeploymentDefinition { TriggersCover: { } covered } deployment)
                definition = deployment with { TriggersCover = covered.SelectMany(a => instances.Contains(a) ? instances[a] : [a]).Distinct().ToList() };
            if (definition is not null) definitions.Add(definition with { Condition = resource.Condition });
        }
        // APIs known only by id: the elements that name them need them in the configuration.
        var attached = definitions.Select(d => d.Api).OfType<string>().Where(k => k.StartsWith(ApiDefinition.IdKeyPrefix, StringComparison.Ordinal)).Distinct().ToList();
        definitions.AddRange(attached.Select(key => new ApiDefinition { Origin = new Origin(key), Api = key, IsAttached = true }));
        // HTTP APIs share the resource types; their rules are not these. An API whose protocol_type is a
        // variable (a module for both) or absent is left out too: some rules would judge it as WebSocket, others not.
        var otherApis = definitions.OfType<ApiDefinition>().Where(a => !IsWebSocket(a, definitions))
            .Select(a => a.Key).ToHashSet(StringComparer.Ordinal);
        return new WebSocketConfiguration(definitions.Where(d => d.Api is null || !otherApis.Contains(d.Api)), document.ReferencedByModules);
    }

    // The element a referenced address names: a data source the API it looks up (by a literal id) or none; a resource
    // itself. An instance key (aws_x.y[0]) names the instance where the reader expanded the resource (plans, HCL),
    // else the resource (Terraform JSON keeps count and for_each as written), also when it is not in the document.
    private static Func<string, string?> Resolver(TerraformDocument document, ILookup<string, string> instances)
    {
        var dataApis = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var data in document.Resources.Where(r => r.IsData && r.Type == "aws_apigatewayv2_api"))
            if (ResourceConverter.ApiKey(data.Body["api_id"]) is { } key) dataApis[data.Address] = key;
        var resources = document.Resources.Where(r => !r.IsData).Select(r => r.Address).ToHashSet(StringComparer.Ordinal);
        return address =>
        {
            if (ResourceConverter.IsDataSource(address)) return dataApis.GetValueOrDefault(address);
            if (resources.Contains(address) || InstanceAddress().Match(address) is not { Success: true } instance) return address;
            var resource = instance.Groups["resource"].Value;
            return resources.Contains(resource) || !instances.Contains(resource) ? resource : address;
        };
    }

    // An instance's address: its resource's and one key, [0] or ["k"] (a "]" may be inside the key, so the key is read
    // whole). A trigger naming a whole expanded resource (jsonencode(aws_apigatewayv2_route.this)) covers each instance.
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?<resource>.+?)\[(\d+|""([^""\\]|\\.)*"")\]$")]
    private static partial System.Text.RegularExpressions.Regex InstanceAddress();

    // An API attached by id has no protocol_type: its elements tell, when only WebSocket APIs have them ($connect,
    // $disconnect or a custom route key without a method and path, a route response selection expression, route
    // or integration responses) and none is an HTTP API's ("GET /items").
    private static bool IsWebSocket(ApiDefinition api, IReadOnlyList<Definition> definitions)
    {
        if (!api.IsAttached) return api.ProtocolType?.Is("WEBSOCKET") == true;
        var routes = definitions.OfType<RouteDefinition>().Where(r => r.Api == api.Key).ToList();
        if (routes.Any(r => r.RouteKey.Value?.Contains(' ', StringComparison.Ordinal) == true)) return false;
        return routes.Any(r => r.RouteResponseSelectionExpression is not null || r.RouteKey.Value is { } key && key != "$default")
            || definitions.Any(d => d.Api == api.Key && d is RouteResponseDefinition or IntegrationResponseDefinition);
    }
}
