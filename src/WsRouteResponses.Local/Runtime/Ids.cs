using System.Globalization;

namespace WsRouteResponses.Local;

/// <summary>Ids shaped like API Gateway's connection and request ids.</summary>
internal static class Ids
{
    public static string New() => Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(12)).Replace('/', '_').Replace('+', '-');
}
