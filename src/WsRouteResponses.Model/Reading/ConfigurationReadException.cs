namespace WsRouteResponses.Model;

/// <summary>A configuration that cannot be read: a missing path, a file that is not JSON, HCL with a syntax error (<see cref="Hcl.HclSyntaxException"/>).</summary>
public class ConfigurationReadException(string message) : Exception(message);
