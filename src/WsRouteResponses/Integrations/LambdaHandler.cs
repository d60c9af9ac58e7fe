using WsRouteResponses.Locations;
using WsRouteResponses.Modeling;

namespace WsRouteResponses;

/// <summary>The Lambda function a Lambda integration invokes: the name or ARN for the permission, and the invoke ARN for the integration URI.</summary>
public sealed class LambdaHandler
{
    /// <summary>Refers to a function by its name (or ARN) and invoke ARN.</summary>
    /// <param name="functionName">Function name or ARN, for <c>aws_lambda_permission.function_name</c>.</param>
    /// <param name="invokeArn">The function's invoke ARN (<c>arn:aws:apigateway:REGION:lambda:path/2015-03-31/functions/ARN/invocations</c>), the integration URI.</param>
    public LambdaHandler(string functionName, string invokeArn) : this(functionName, invokeArn, null) { }

    private LambdaHandler(string functionName, string invokeArn, string? address)
    {
        ArgumentException.ThrowIfNullOrEmpty(functionName);
        ArgumentException.ThrowIfNullOrEmpty(invokeArn);
        FunctionName = functionName;
        InvokeArn = invokeArn;
        _address = address;
    }

    private readonly string? _address;

    /// <summary>Refers to a function defined in this stack; reads its ARN, invoke ARN and address once.</summary>
    public static LambdaHandler FromFunction(LambdaFunction function)
    {
        ArgumentNullException.ThrowIfNull(function);
        return new(function.Arn, function.InvokeArn, TerraformAddress.Of(function));
    }

    /// <summary>Lets the model read this function's tokens as the references cdktf writes for them.</summary>
    internal void AddTokenReferences(ApiModel model)
    {
        if (_address is null) return;
        model.AddTokenReference(FunctionName, $"${{{_address}.arn}}");
        model.AddTokenReference(InvokeArn, $"${{{_address}.invoke_arn}}");
    }

    /// <summary>Function name or ARN.</summary>
    public string FunctionName { get; }

    /// <summary>The invoke ARN.</summary>
    public string InvokeArn { get; }
}
