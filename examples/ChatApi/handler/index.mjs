// The chat example's Lambda: $connect, $disconnect and $default (a Lambda proxy, so its return value
// is what a two-way route sends back to the caller).
export const handler = async (event) => {
  const { routeKey, connectionId } = event.requestContext;
  if (routeKey === "$default") {
    return { statusCode: 200, body: JSON.stringify({ echo: event.body ?? null, connectionId }) };
  }
  return { statusCode: 200 };
};
