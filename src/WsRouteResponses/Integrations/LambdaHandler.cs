using HashiCorp.Cdktf.Providers.Aws.LambdaFunction;

namespace WsRouteResponses.Integrations;

/// <summary>The Lambda function a Lambda integration invokes: the name or ARN for the permission, and the invoke ARN for the integration URI.</summary>
public sealed class LambdaHandler
{
    /// <summary>Refers to a function by its name (or ARN) and invoke ARN.</summary>
    /// <param name="functionName">Function name or ARN, for <c>aws_lambda_permission.function_name</c>.</param>
    /// <param name="invokeArn">The function's invoke ARN (<c>arn:aws:apigateway:REGION:lambda:path/2015-03-31/functions/ARN/invocations</c>), the integration URI.</param>
    public LambdaHandler(string functionName, string invokeArn)
    {
        ArgumentException.ThrowIfNullOrEmpty(functionName);
        ArgumentException.ThrowIfNullOrEmpty(invokeArn);
        FunctionName = functionName;
        InvokeArn = invokeArn;
    }

    /// <summary>Refers to a function defined in this stack; reads its ARN and invoke ARN once.</summary>
    public static LambdaHandler FromFunction(LambdaFunction function)
    {
        ArgumentNullException.ThrowIfNull(function);
        return new(function.Arn, function.InvokeArn);
    }

    /// <summary>Function name or ARN.</summary>
    public string FunctionName { get; }

    /// <summary>The invoke ARN.</summary>
    public string InvokeArn { get; }
}
