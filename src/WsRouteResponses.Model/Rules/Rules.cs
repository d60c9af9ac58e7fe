namespace WsRouteResponses;

/// <summary>
/// Every API Gateway WebSocket rule: the constructs enforce them at synth time and <c>check</c> on any
/// Terraform JSON (the code of each is in <c>Rules/Checks/</c>, listed by <see cref="Model.RuleChecks"/>).
/// Ids are stable: WSR1xx routes, WSR2xx integrations and permissions, WSR3xx integration responses,
/// WSR4xx models, WSR5xx API and stage, WSR6xx adoption.
/// </summary>
public static class Rules
{
    /// <summary>Custom route keys must not start with <c>$</c>; only <c>$connect</c>, <c>$disconnect</c> and <c>$default</c> are reserved keys.</summary>
    public static readonly Rule RouteKey = new("WSR101", RuleSeverity.Error,
        "use $connect, $disconnect or $default, or a custom key without a leading '$' (it is matched against the value the route selection expression picks, e.g. \"sendmessage\").",
        "API Gateway developer guide: WebSocket routes");

    /// <summary>A route key appears at most once in an API.</summary>
    public static readonly Rule DuplicateRouteKey = new("WSR102", RuleSeverity.Error,
        "give each route of an API its own route key; to answer one key in two ways use integration responses or a template selection expression.",
        "API Gateway CreateRoute: ConflictException");

    /// <summary>Authorization and API keys apply only to the <c>$connect</c> route.</summary>
    public static readonly Rule AuthorizationOnConnectOnly = new("WSR103", RuleSeverity.Error,
        "set Authorization, AuthorizerId and ApiKeyRequired only on the $connect route: a WebSocket connection is authorized once, when it opens.",
        "API Gateway developer guide: WebSocket $connect route",
        TerraformFix: "set authorization_type, authorizer_id and api_key_required only on the $connect route: a WebSocket connection is authorized once, when it opens.");

    /// <summary>At most 300 routes per API, unless the account's quota was raised.</summary>
    public static readonly Rule RouteQuota = new("WSR104", RuleSeverity.Warning,
        "split the routes over several APIs or route several actions to one route; if your account's quota was raised (Service Quotas, adjustable), declare it: Quotas = new WebSocketQuotas { Routes = n } on the API.",
        "API Gateway quotas: routes per WebSocket API (300, adjustable)",
        TerraformFix: "split the routes over several APIs or route several actions to one route; if your account's quota was raised (Service Quotas, adjustable), this warning does not apply.");

    /// <summary>A custom (Lambda) authorizer needs its id, and an authorizer id needs custom authorization.</summary>
    public static readonly Rule CustomAuthorizer = new("WSR105", RuleSeverity.Error,
        "set Authorization = RouteAuthorization.Custom together with AuthorizerId (the id of an aws_apigatewayv2_authorizer), or neither.",
        "API Gateway CreateRoute: AuthorizerId",
        TerraformFix: "set authorization_type = \"CUSTOM\" together with authorizer_id (the id of an aws_apigatewayv2_authorizer), or neither.");

    /// <summary>
    /// A <c>$disconnect</c> route cannot answer (the connection is already closed); nothing documents an answer
    /// on <c>$connect</c>, whose integration's status decides the handshake before the connection exists.
    /// </summary>
    public static readonly Rule TwoWayDisconnect = new("WSR106", RuleSeverity.Warning,
        "make the $connect or $disconnect route a OneWayRoute: $connect answers the handshake with its integration's status (and headers, such as Sec-WebSocket-Protocol), $disconnect runs after the connection has closed.",
        "API Gateway developer guide: WebSocket $connect and $disconnect routes; AWS's subprotocol sample ($connect one-way)",
        TerraformFix: "remove the route's route_response_selection_expression and route response: $connect answers the handshake with its integration's status (and headers, such as Sec-WebSocket-Protocol), $disconnect runs after the connection has closed.");

    /// <summary>AWS documents the route response's model selection expression as unsupported.</summary>
    public static readonly Rule RouteResponseModelSelection = new("WSR107", RuleSeverity.Warning,
        "leave ResponseModelSelectionExpression unset: API Gateway documents RouteResponse.ModelSelectionExpression as currently unsupported, so it selects nothing; ResponseModels keyed $default still document the answer.",
        "API Gateway developer guide: WebSocket selection expressions (summary table)",
        TerraformFix: "leave the route response's model_selection_expression unset: API Gateway documents it as currently unsupported, so it selects nothing; response_models keyed $default still document the answer.");

    /// <summary>
    /// Half a two-way route. AWS's sources disagree on what makes a route answer: its selection-expression
    /// table says two-way routes should have <c>route_response_selection_expression</c>; its route-response
    /// guide said (until 2023) that a route with a route response is two-way. Every AWS tool and sample writes
    /// both, so half of it is a warning, never an error: it may answer on AWS, or not.
    /// </summary>
    public static readonly Rule HalfTwoWay = new("WSR108", RuleSeverity.Warning,
        "give the route both route_response_selection_expression = \"$default\" and a route response with key $default (TwoWayRoute writes both), or neither (a one-way route).",
        "API Gateway developer guide: WebSocket selection expressions (table) and route responses; AWS CDK returnResponse and the AWS console write both",
        TerraformFix: "give the route both route_response_selection_expression = \"$default\" and an aws_apigatewayv2_route_response with route_response_key = \"$default\", or neither (a one-way route).");

    /// <summary>WebSocket route responses have the key <c>$default</c>.</summary>
    public static readonly Rule RouteResponseKey = new("WSR109", RuleSeverity.Error,
        "use the route response key $default, the only one WebSocket APIs accept.",
        "seeds 000, 002; API Gateway developer guide: WebSocket route responses");

    /// <summary>A route has one route response.</summary>
    public static readonly Rule OneRouteResponse = new("WSR110", RuleSeverity.Error,
        "keep one route response, with key $default, per route.",
        "API Gateway CreateRouteResponse: ConflictException");

    /// <summary>A route targets an integration (not another kind of resource) of its own API.</summary>
    public static readonly Rule RouteTarget = new("WSR111", RuleSeverity.Error,
        "target an integration of the route's own API (integrations/<id> of an integration with the same api_id); create the integration in each API that uses it.",
        "API Gateway CreateRoute: Target");

    /// <summary>A route has a target; AWS documents nothing a route without one does.</summary>
    public static readonly Rule RouteWithoutTarget = new("WSR112", RuleSeverity.Warning,
        "give the route target = \"integrations/<integration id>\" (an aws_apigatewayv2_integration of its API), or remove the route.",
        "API Gateway CreateRoute: Target (optional; no documented behaviour without it)");

    /// <summary>Integration timeout is 50 to 29,000 milliseconds.</summary>
    public static readonly Rule IntegrationTimeout = new("WSR201", RuleSeverity.Error,
        "set Timeout to whole milliseconds between 50 ms and 29 s (29,000 ms), or leave it unset for the 29 s default.",
        "API Gateway CreateIntegration: TimeoutInMillis; quotas page",
        TerraformFix: "set timeout_milliseconds to a whole number between 50 and 29000, or leave it unset for the 29 s default.");

    /// <summary>At most 300 integrations per API, unless the account's quota was raised.</summary>
    public static readonly Rule IntegrationQuota = new("WSR202", RuleSeverity.Warning,
        "share integrations between routes (pass the same integration object) or split the API; if your account's quota was raised (AWS Support, adjustable), declare it: Quotas = new WebSocketQuotas { Integrations = n } on the API.",
        "API Gateway quotas: integrations per WebSocket API (300, adjustable)",
        TerraformFix: "let routes share integrations (several routes may target one) or split the API; if your account's quota was raised (AWS Support, adjustable), this warning does not apply.");

    /// <summary>A mapping template is at most 300 KB.</summary>
    public static readonly Rule TemplateSize = new("WSR203", RuleSeverity.Error,
        "keep each mapping template under 300 KB; move static data to the backend.",
        "API Gateway quotas: maximum mapping template size (300 KB, not adjustable)");

    /// <summary>A Lambda function's resource policy holds 20 KB: about 50 invoke permissions, whichever APIs they allow.</summary>
    public static readonly Rule LambdaPolicySize = new("WSR204", RuleSeverity.Warning,
        "set Permission = InvokePermission.PerApi on the Lambda integration (one permission for all routes of the API), or spread the routes over several functions.",
        "AWS Lambda quotas: function resource-based policy 20 KB",
        TerraformFix: "give the function one aws_lambda_permission for the whole API (source_arn = \"<api execution_arn>/*/*\") instead of one per route, or spread the routes over several functions.");

    /// <summary>A static template selection expression is written <c>\$default</c>: API Gateway reads a bare <c>$default</c> as an unknown variable.</summary>
    public static readonly Rule TemplateSelectionDefault = new("WSR205", RuleSeverity.Error,
        "write the static value \\$default (in C#: \"\\\\$default\" or @\"\\$default\"); a '$' is escaped with '\\' in selection expressions, and only the route response selection expression takes a bare $default.",
        "API Gateway developer guide: WebSocket selection expressions; CreateIntegration: \"Unexpected variable in selection expression: $default\"",
        TerraformFix: "write the static value \\$default (a backslash before the $: \"\\\\$default\" in a Terraform JSON or HCL string); only the route response selection expression takes a bare $default.");

    /// <summary>The API model types mapping templates as strings of at most 32,768 characters.</summary>
    public static readonly Rule TemplateLength = new("WSR206", RuleSeverity.Warning,
        "keep each mapping template under 32,768 characters: the quotas page allows 300 KB, but the API model (StringWithLengthBetween0And32K) types templates as at most 32K characters, so a longer one may be refused.",
        "apigatewayv2 API model: TemplateMap values");

    /// <summary>An HTTP integration's URI is an absolute http(s) URL.</summary>
    public static readonly Rule HttpUri = new("WSR207", RuleSeverity.Error,
        "give the endpoint's full URL, e.g. https://backend.example.com/messages.",
        "API Gateway CreateIntegration: IntegrationUri");

    /// <summary>An integration method is an HTTP method.</summary>
    public static readonly Rule IntegrationMethod = new("WSR208", RuleSeverity.Error,
        "use an HTTP method: GET, POST, PUT, DELETE, PATCH, HEAD, OPTIONS or ANY (Lambda integrations use POST).",
        "API Gateway CreateIntegration: IntegrationMethod");

    /// <summary>A Lambda permission for API Gateway is limited to one API by its source ARN.</summary>
    public static readonly Rule PermissionScope = new("WSR209", RuleSeverity.Warning,
        "set source_arn to <api execution_arn>/*/<route key> (or /*/* for every route of the API) so that only this API can invoke the function.",
        "AWS Lambda developer guide: resource-based policies, confused deputy");

    /// <summary>A Lambda function invoked without a credentials role needs a resource-based permission for API Gateway.</summary>
    public static readonly Rule LambdaInvokePermission = new("WSR210", RuleSeverity.Warning,
        "let the route's integration grant it (the default: InvokePermission.PerRoute or PerApi), or grant it yourself and set Permission = InvokePermission.None.",
        "AWS Lambda developer guide: resource-based policies (granting API Gateway access); API Gateway troubleshooting: Internal Server Error without it",
        TerraformFix: "add an aws_lambda_permission with action = \"lambda:InvokeFunction\", principal = \"apigateway.amazonaws.com\" and source_arn = \"<api execution_arn>/*/<route key>\" (or /*/*), or give the integration a credentials_arn role that may invoke it; if it is granted outside this configuration, this warning does not apply.");

    /// <summary>Proxy integrations (AWS_PROXY, HTTP_PROXY) have no integration responses.</summary>
    public static readonly Rule NoResponsesOnProxy = new("WSR301", RuleSeverity.Error,
        "remove the integration responses (a proxy integration returns the backend's response as is), or use a non-proxy integration (LambdaIntegration, HttpIntegration) to transform the response.",
        "seed 001; API Gateway developer guide: WebSocket integration responses",
        TerraformFix: "remove the integration responses of this integration (a proxy integration returns the backend's response as is), or use a non-proxy integration_type (AWS, HTTP) to transform the response.");

    /// <summary>A two-way route on a non-proxy integration needs integration responses.</summary>
    public static readonly Rule TwoWayNeedsResponses = new("WSR302", RuleSeverity.Error,
        "add IntegrationResponses with at least the catch-all IntegrationResponseKey.Default; without one, API Gateway sends nothing back on this two-way route.",
        "seed 001; API Gateway developer guide: WebSocket integration responses",
        TerraformFix: "add an aws_apigatewayv2_integration_response with integration_response_key = \"$default\" (the catch-all) to the route's integration; without one, API Gateway sends nothing back on this two-way route.");

    /// <summary>A non-proxy integration should have the <c>$default</c> catch-all response.</summary>
    public static readonly Rule DefaultResponse = new("WSR303", RuleSeverity.Warning,
        "add a response with IntegrationResponseKey.Default so that answers matching no other key are still sent back.",
        "API Gateway developer guide: selection expressions",
        TerraformFix: "add an integration response with integration_response_key = \"$default\" so that answers matching no other key are still sent back.");

    /// <summary>Integration responses on an integration that only one-way routes use have no effect.</summary>
    public static readonly Rule ResponsesOnOneWayRoute = new("WSR304", RuleSeverity.Warning,
        "make the route a TwoWayRoute if the caller should get an answer, or remove the integration responses.",
        "seed 001",
        TerraformFix: "give the route route_response_selection_expression = \"$default\" and a $default route response if the caller should get an answer, or remove the integration responses.");

    /// <summary>An integration response key is <c>$default</c> or a regular expression between slashes.</summary>
    public static readonly Rule ResponseKey = new("WSR305", RuleSeverity.Error,
        "use IntegrationResponseKey.Default, .Status(404), .StatusClass(2) or .Regex(\"5\\\\d\\\\d\"); a custom key is a Java-style regular expression written between slashes, like /4\\d\\d/.",
        "seed 001; API Gateway developer guide: selection expressions",
        TerraformFix: "use $default or a Java-style regular expression between slashes, e.g. /404/ or /2\\d\\d/ (\"/2\\\\d\\\\d/\" in a Terraform JSON or HCL string).");

    /// <summary>Each integration response key appears once per integration.</summary>
    public static readonly Rule DuplicateResponseKey = new("WSR306", RuleSeverity.Error,
        "give each integration response of an integration its own key (IntegrationResponseKey.StatusClass(2) and Regex(\"2\\\\d\\\\d\") are the same key).",
        "API Gateway CreateIntegrationResponse: ConflictException",
        TerraformFix: "give each integration response of an integration its own integration_response_key.");

    /// <summary>On a Lambda non-proxy (AWS) integration, response keys match the error message, not a status code.</summary>
    public static readonly Rule LambdaResponseKeys = new("WSR307", RuleSeverity.Warning,
        "match Lambda errors by their message (IntegrationResponseKey.Regex(\".*Not found.*\")); a Lambda integration has no status code, API Gateway matches $integration.response.body.errorMessage.",
        "API Gateway developer guide: WebSocket data transformations",
        TerraformFix: "match Lambda errors by their message (integration_response_key = \"/.*Not found.*/\"); a Lambda integration has no status code, API Gateway matches $integration.response.body.errorMessage.");

    /// <summary>An integration's responses are defined in one place.</summary>
    public static readonly Rule ResponsesDefinedOnce = new("WSR308", RuleSeverity.Error,
        "define an integration's responses once (on one TwoWayRoute or one IntegrationResponseSet); other routes sharing the integration use them as they are.",
        "API Gateway CreateIntegrationResponse: ConflictException");

    /// <summary>An integration response belongs to an integration (not another kind of resource) of its own API.</summary>
    public static readonly Rule ResponseIntegration = new("WSR309", RuleSeverity.Error,
        "point integration_id at an integration of the same API in this configuration, or at the literal id of one that exists in AWS.",
        "API Gateway CreateIntegrationResponse: NotFoundException");

    /// <summary>Model names are 1 to 128 letters and digits.</summary>
    public static readonly Rule ModelName = new("WSR401", RuleSeverity.Error,
        "name the model with 1 to 128 letters and digits (^[0-9A-Za-z]+$), e.g. \"PongResponse\".",
        "provider aws_apigatewayv2_model; API Gateway CreateModel");

    /// <summary>Model schemas are JSON (draft 4) of at most 32,768 characters.</summary>
    public static readonly Rule ModelSchema = new("WSR402", RuleSeverity.Error,
        "give a JSON Schema (draft 4) document of at most 32,768 characters.",
        "provider aws_apigatewayv2_model; API Gateway CreateModel");

    /// <summary>WebSocket route selection expressions select from the message body.</summary>
    public static readonly Rule RouteSelectionExpression = new("WSR501", RuleSeverity.Error,
        "use $request.body.<json path>, e.g. the default $request.body.action.",
        "API Gateway developer guide: WebSocket route selection expressions");

    /// <summary>Stage names are 1 to 128 letters, digits, <c>-</c> and <c>_</c>; <c>$default</c> is documented for HTTP APIs only.</summary>
    public static readonly Rule StageName = new("WSR502", RuleSeverity.Error,
        "name the stage with 1 to 128 letters, digits, '-' and '_', e.g. \"prod\" or \"prod-v1\" ($default is an HTTP API stage name).",
        "apigatewayv2 API reference: CreateStage StageName; API Gateway developer guide: stages for HTTP APIs ($default)");

    /// <summary>A deployment needs at least one route in the API (checked for APIs created in the stack).</summary>
    public static readonly Rule DeploymentNeedsRoute = new("WSR503", RuleSeverity.Error,
        "add a route to the API, or leave AutoDeploy at its default (true): API Gateway then deploys once the API has routes.",
        "API Gateway CreateDeployment: BadRequestException",
        TerraformFix: "add a route to the API, or set auto_deploy = true on the stage: API Gateway then deploys once the API has routes.");

    /// <summary>At most 10 stages per API, unless the account's quota was raised.</summary>
    public static readonly Rule StageQuota = new("WSR504", RuleSeverity.Warning,
        "split environments over several APIs; if your account's quota was raised (Service Quotas, adjustable), declare it: Quotas = new WebSocketQuotas { Stages = n } on the API.",
        "API Gateway quotas: stages per API (10, adjustable)",
        TerraformFix: "split environments over several APIs; if your account's quota was raised (Service Quotas, adjustable), this warning does not apply.");

    /// <summary>Stage logging needs the account-level CloudWatch Logs role of API Gateway.</summary>
    public static readonly Rule LoggingRole = new("WSR505", RuleSeverity.Warning,
        "set the role once per account and Region with an aws_api_gateway_account (cloudwatch_role_arn: a role that apigateway.amazonaws.com assumes, with AmazonAPIGatewayPushToCloudWatchLogs) and pass CloudWatchRole = AccountCloudWatchRole.SetBy(account) so that Terraform sets it first, or CloudWatchRole = AccountCloudWatchRole.SetElsewhere if it is set already.",
        "API Gateway developer guide: set up CloudWatch logging; BadRequestException \"CloudWatch Logs role ARN must be set in account settings to enable logging\"",
        TerraformFix: "set the role once per account and Region with an aws_api_gateway_account (cloudwatch_role_arn: a role that apigateway.amazonaws.com assumes, with AmazonAPIGatewayPushToCloudWatchLogs), and put it in the stage's depends_on so that Terraform sets it first; if it is set already, this warning does not apply.");

    /// <summary>Route settings carry both throttling limits: the provider sends 0 for an unset one.</summary>
    public static readonly Rule ThrottledToZero = new("WSR506", RuleSeverity.Error,
        "set both throttling_rate_limit and throttling_burst_limit whenever default_route_settings is written (WebSocketStage writes AWS's account defaults, 10,000 and 5,000, for an unset one).",
        "provider aws_apigatewayv2_stage expandDefaultRouteSettings; provider PR 43307",
        TerraformFix: "set both throttling_rate_limit and throttling_burst_limit whenever default_route_settings is written (AWS's account defaults are 10,000 and 5,000).");

    /// <summary>A manual deployment's triggers cover everything it deploys.</summary>
    public static readonly Rule DeploymentTriggers = new("WSR507", RuleSeverity.Warning,
        "make the deployment's triggers cover every route, integration, route response and integration response of the API (sha1(jsonencode([...])) of them, as WebSocketStage writes), or use auto_deploy.",
        "provider aws_apigatewayv2_deployment triggers; terraform-aws-apigateway-v2 misses integration responses");

    /// <summary>Adopting existing resources with import blocks needs their ids, known before apply.</summary>
    public static readonly Rule Import = new("WSR601", RuleSeverity.Error,
        "attach to the existing API with WebSocketApi.FromApiId(\"<api id>\"), and give the existing integration's id (RouteImport.IntegrationId or ExistingIntegration.FromId) so that import ids are literal.",
        "Terraform import blocks; provider import id formats");

    /// <summary>All rules, in id order (the README's rule table).</summary>
    public static IReadOnlyList<Rule> All { get; } =
    [
        RouteKey, DuplicateRouteKey, AuthorizationOnConnectOnly, RouteQuota, CustomAuthorizer, TwoWayDisconnect, RouteResponseModelSelection,
        HalfTwoWay, RouteResponseKey, OneRouteResponse, RouteTarget, RouteWithoutTarget,
        IntegrationTimeout, IntegrationQuota, TemplateSize, LambdaPolicySize, TemplateSelectionDefault, TemplateLength, HttpUri, IntegrationMethod, PermissionScope,
        LambdaInvokePermission,
        NoResponsesOnProxy, TwoWayNeedsResponses, DefaultResponse, ResponsesOnOneWayRoute, ResponseKey, DuplicateResponseKey, LambdaResponseKeys, ResponsesDefinedOnce,
        ResponseIntegration,
        ModelName, ModelSchema,
        RouteSelectionExpression, StageName, DeploymentNeedsRoute, StageQuota, LoggingRole, ThrottledToZero, DeploymentTriggers,
        Import,
    ];
}
