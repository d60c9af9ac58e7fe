namespace WsRouteResponses.Local;

/// <summary>
/// Lambda refused an invocation: every execution environment its reserved concurrency allows is busy (or
/// it is 0). Lambda's Invoke answers 429 <c>TooManyRequestsException</c>, "Rate Exceeded.", with the reason
/// <c>ReservedFunctionConcurrentInvocationLimitExceeded</c>; the function does not run.
/// </summary>
internal sealed class FunctionThrottledException(string address, int reservedConcurrency)
    : InvalidOperationException($"{address} throttled: TooManyRequestsException, Rate Exceeded. (ReservedFunctionConcurrentInvocationLimitExceeded: its reserved concurrency is {reservedConcurrency}{(reservedConcurrency == 0 ? "" : ", all in use")})");
