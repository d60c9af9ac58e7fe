// A stand-in for @aws-sdk/client-apigatewaymanagementapi, which the Lambda runtime ships and a local node
// does not: the same client and commands, sent to the endpoint the function is given (the local runtime
// points it at its own @connections API). A function that bundles the real SDK uses the real one.
"use strict";

class GoneException extends Error {
  constructor(message) {
    super(message);
    this.name = "GoneException";
    this.$metadata = { httpStatusCode: 410 };
  }
}

const http = require("node:http");
const https = require("node:https");

// node:http with kept-alive connections: in one A/B run of the local benchmark the example pushed 4,230
// messages/s this way and 1,835 with fetch (Node 20).
const agents = { "http:": new http.Agent({ keepAlive: true }), "https:": new https.Agent({ keepAlive: true }) };

function call(endpoint, method, input, body) {
  if (!endpoint) return Promise.reject(new Error("ApiGatewayManagementApiClient needs { endpoint } (the stage's https:// callback URL)"));
  const url = new URL(`${endpoint}/@connections/${encodeURIComponent(input.ConnectionId)}`);
  // The local server is plain http: https://<domainName>/<stage> (AWS samples build it from the event)
  // and ws(s):// URLs of it reach it too. WSRR_LOCAL_HOST is set by the local runtime.
  if (url.host === process.env.WSRR_LOCAL_HOST) url.protocol = "http:";
  const data = body === undefined ? undefined : typeof body === "string" ? Buffer.from(body) : Buffer.from(body.buffer ?? body, body.byteOffset ?? 0, body.byteLength ?? body.length);
  return new Promise((resolve, reject) => {
    const request = (url.protocol === "https:" ? https : http).request(url, { method, agent: agents[url.protocol], headers: data ? { "content-length": data.length } : {} }, response => {
      const chunks = [];
      response.on("data", chunk => chunks.push(chunk)).on("end", () => {
        const status = response.statusCode;
        if (status === 410) return reject(new GoneException(`Connection ${input.ConnectionId} is gone`));
        if (status < 200 || status > 299) {
          const error = new Error(`${method} @connections answered ${status}`);
          error.$metadata = { httpStatusCode: status };
          return reject(error);
        }
        resolve({ status, text: Buffer.concat(chunks).toString("utf8") });
      });
    });
    request.on("error", reject);
    request.end(data);
  });
}

class PostToConnectionCommand {
  constructor(input) { this.input = input; }
  async run(endpoint) {
    const response = await call(endpoint, "POST", this.input, this.input.Data);
    return { $metadata: { httpStatusCode: response.status } };
  }
}

class GetConnectionCommand {
  constructor(input) { this.input = input; }
  async run(endpoint) {
    const response = await call(endpoint, "GET", this.input);
    const info = JSON.parse(response.text);
    return {
      $metadata: { httpStatusCode: response.status },
      ConnectedAt: new Date(info.connectedAt),
      Identity: { SourceIp: info.identity.sourceIp, UserAgent: info.identity.userAgent ?? undefined },
      LastActiveAt: new Date(info.lastActiveAt),
    };
  }
}

class DeleteConnectionCommand {
  constructor(input) { this.input = input; }
  async run(endpoint) {
    const response = await call(endpoint, "DELETE", this.input);
    return { $metadata: { httpStatusCode: response.status } };
  }
}

class ApiGatewayManagementApiClient {
  constructor(config = {}) {
    const endpoint = typeof config.endpoint === "string" ? config.endpoint : config.endpoint?.url?.href ?? config.endpoint?.href;
    this.endpoint = endpoint?.replace(/\/+$/, "");
  }
  send(command) { return command.run(this.endpoint); }
  destroy() {}
}

// The aggregated client of SDK v3 (new ApiGatewayManagementApi(...).postToConnection(input)).
class ApiGatewayManagementApi extends ApiGatewayManagementApiClient {
  postToConnection(input) { return this.send(new PostToConnectionCommand(input)); }
  getConnection(input) { return this.send(new GetConnectionCommand(input)); }
  deleteConnection(input) { return this.send(new DeleteConnectionCommand(input)); }
}

exports.ApiGatewayManagementApiClient = ApiGatewayManagementApiClient;
exports.ApiGatewayManagementApi = ApiGatewayManagementApi;
exports.PostToConnectionCommand = PostToConnectionCommand;
exports.GetConnectionCommand = GetConnectionCommand;
exports.DeleteConnectionCommand = DeleteConnectionCommand;
exports.GoneException = GoneException;
