namespace WsRouteResponses.Local;

/// <summary>A Lambda function the runtime can invoke: a Node.js or Python function of the stack, or one reached over HTTP.</summary>
/// <param name="Address">Its Terraform address, e.g. <c>aws_lambda_function.Handler</c>.</param>
internal abstract record LocalFunction(string Address);

/// <summary>
/// A function reached over HTTP (<c>--lambda &lt;function&gt;=&lt;url&gt;</c>), for runtimes the runtime
/// cannot start: the event is POSTed as JSON and the answer's JSON is the result, as the Lambda Runtime
/// Interface Emulator does (<c>X-Amz-Function-Error</c> marks an error).
/// </summary>
/// <param name="Address">Its Terraform address.</param>
/// <param name="Url">Where to POST the event.</param>
internal sealed record RemoteFunction(string Address, string Url) : LocalFunction(Address);
