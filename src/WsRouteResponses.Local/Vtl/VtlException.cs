using System.Globalization;
using System.Text;

namespace WsRouteResponses.Local.Vtl;

/// <summary>A template that cannot be parsed or rendered; API Gateway answers such a message with an internal server error.</summary>
public sealed class VtlException(string message) : Exception(message);
