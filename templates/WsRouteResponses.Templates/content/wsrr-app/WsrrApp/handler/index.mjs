// The $default route's function. Its integration is a Lambda proxy, so what it returns is what the caller gets:
// the body, here the message it sent, echoed.
export const handler = async (event) => ({
  statusCode: 200,
  body: JSON.stringify({ echo: event.body }),
});
