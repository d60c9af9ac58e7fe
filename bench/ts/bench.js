// The benchmark's L1 stack in TypeScript-compiled-to-JavaScript form (no jsii bridge): the same
// resources as Stacks.L1 in ../WsRouteResponses.Bench. Usage: node bench.js <routes> <outdir>
const fs = require("fs");
const { App, TerraformStack } = require("cdktf");
const { AwsProvider } = require("@cdktf/provider-aws/lib/provider");
const { Apigatewayv2Api } = require("@cdktf/provider-aws/lib/apigatewayv2-api");
const { Apigatewayv2Integration } = require("@cdktf/provider-aws/lib/apigatewayv2-integration");
const { Apigatewayv2Route } = require("@cdktf/provider-aws/lib/apigatewayv2-route");
const { Apigatewayv2RouteResponse } = require("@cdktf/provider-aws/lib/apigatewayv2-route-response");
const { Apigatewayv2IntegrationResponse } = require("@cdktf/provider-aws/lib/apigatewayv2-integration-response");

const routes = Number(process.argv[2]);
const app = new App({ outdir: process.argv[3] });
const start = process.hrtime.bigint();
const stack = new TerraformStack(app, "bench");
new AwsProvider(stack, "aws", { region: "us-east-1" });
const apiId = new Apigatewayv2Api(stack, "Api", { name: "bench", protocolType: "WEBSOCKET", routeSelectionExpression: "$request.body.action" }).id;
for (let i = 0; i < routes; i++) {
  const integrationId = new Apigatewayv2Integration(stack, `Integration${i}`, {
    apiId, integrationType: "MOCK", requestTemplates: { $default: '{"statusCode": 200}' }, templateSelectionExpression: "\\$default",
  }).id;
  const routeId = new Apigatewayv2Route(stack, `Route${i}`, {
    apiId, routeKey: `action${i}`, target: `integrations/${integrationId}`, routeResponseSelectionExpression: "$default",
  }).id;
  new Apigatewayv2RouteResponse(stack, `RouteResponse${i}`, { apiId, routeId, routeResponseKey: "$default" });
  new Apigatewayv2IntegrationResponse(stack, `IntegrationResponse${i}`, { apiId, integrationId, integrationResponseKey: "$default" });
}
app.synth();
const hwm = fs.readFileSync("/proc/self/status", "utf8").match(/VmHWM:\s+(\d+)/);
const buildMs = Number(process.hrtime.bigint() - start) / 1e6;
console.log(`peak-kib dotnet=0 node=${hwm ? hwm[1] : 0} build-ms=${buildMs.toFixed(0)}`);
