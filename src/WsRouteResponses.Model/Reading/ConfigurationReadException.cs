namespace WsRouteResponses.Model;

/// <summary>Terraform JSON that cannot be read: a missing path, a file that is not JSON.</summary>
public sealed class ConfigurationReadException(string message) : Exception(message);
