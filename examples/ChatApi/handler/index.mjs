// The chat example's Lambda: $connect, $disconnect and $default (a Lambda proxy, so its return value
// is what a two-way route sends back to the caller). On $default it also pushes a notice to the caller
// through the stage's @connections API (CALLBACK_URL, WebSocketStage.CallbackUrl), as a backend does
// for messages that are not answers.
export const handler = async (event) => {
  const { routeKey, connectionId } = event.requestContext;
  if (routeKey !== "$default") return { statusCode: 200 };
  if (process.env.CALLBACK_URL) {
    // The SDK ships with the nodejs20.x runtime; imported only where it is used.
    const { ApiGatewayManagementApiClient, PostToConnectionCommand } = await import("@aws-sdk/client-apigatewaymanagementapi");
    const management = new ApiGatewayManagementApiClient({ endpoint: process.env.CALLBACK_URL });
    await management.send(new PostToConnectionCommand({ ConnectionId: connectionId, Data: JSON.stringify({ notice: "received" }) }));
  }
  return { statusCode: 200, body: JSON.stringify({ echo: event.body ?? null, connectionId }) };
};
