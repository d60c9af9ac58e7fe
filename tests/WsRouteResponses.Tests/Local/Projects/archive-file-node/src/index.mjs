export const handler = async (event) => ({
  statusCode: 200,
  body: JSON.stringify({ greeting: process.env.GREETING, route: event.requestContext.routeKey, got: JSON.parse(event.body) }),
});
