using System.Globalization;
using System.Text.RegularExpressions;
using WsRouteResponses.Local.Vtl;
using WsRouteResponses.Model;

namespace WsRouteResponses.Local;

/// <summary>What one message is answered with: a frame, or nothing (a one-way route).</summary>
/// <param name="Frame">The text frame to send, or null.</param>
/// <param name="Trace">What happened, for the trace.</param>
internal sealed record Answer(string? Frame, string Trace);
