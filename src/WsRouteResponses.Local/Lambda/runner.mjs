// Runs one Lambda handler in one execution environment, one invocation at a time, as the Node.js runtime
// does: one JSON line in ({id, deadline, event}); console output as CloudWatch lines on stdout, then the
// reply as a line that starts with \x1e ({id, result} or {id, error}), so logs come before their reply.
import { createInterface } from "node:readline";
import { pathToFileURL } from "node:url";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { format } from "node:util";

const [, , dir, spec] = process.argv;
let requestId;
const write = line => process.stdout.write(line + "\n");
// The runtime's text log format: time, request id, level, message, one entry a line. Lambda writes an
// entry's newlines as \r; here \x1f, since the reader of these lines takes \r for a line's end too.
const log = level => (...args) => write(`${new Date().toISOString()}\t${requestId}\t${level}\t${format(...args)}`.replace(/\n/g, "\x1f"));
console.log = console.info = log("INFO");
console.warn = log("WARN");
console.error = log("ERROR");
console.debug = log("DEBUG");
console.trace = log("TRACE");
console.fatal = log("FATAL");

// Errors as the runtime reports them: an Error's name, message and stack lines; anything else by its type.
const toError = error => error instanceof Error
  ? { errorType: error.name, errorMessage: error.message, trace: String(error.stack ?? "").split("\n") }
  : { errorType: typeof error, errorMessage: String(error), trace: [] };

// As the runtime does (aws-lambda-nodejs-runtime-interface-client, index.mjs and Runtime.js): an unhandled
// rejection is logged as "Unhandled Promise Rejection" with a Runtime.UnhandledPromiseRejection error whose
// message is the reason as text, fails the pending invocation with that error (an answered one stands), and
// ends the process with 128; Lambda then starts a new execution environment. An uncaught exception the
// same way, with its own error and 129.
let failPending = () => {};
class UnhandledPromiseRejection extends Error {
  constructor(reason, promise) { super(reason); this.reason = reason; this.promise = promise; }
}
UnhandledPromiseRejection.prototype.name = "Runtime.UnhandledPromiseRejection";
// An error as the runtime logs it: type, message, its own properties (errors among them alike), stack lines.
const details = value => value instanceof Error
  ? { errorType: value.name, errorMessage: value.message, code: value.code,
      ...Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, details(inner)])), stack: String(value.stack ?? "").split("\n") }
  : value;
const fatal = (label, error, status) => {
  let text;
  try { text = JSON.stringify(details(error)); } catch { text = JSON.stringify(toError(error)); } // a circular reason
  console.error(label, "\t" + text);
  failPending(error);
  write("\n\x1e" + JSON.stringify({ exiting: true }));
  process.exit(status);
};
process.on("unhandledRejection", (reason, promise) => fatal("Unhandled Promise Rejection", new UnhandledPromiseRejection(reason, promise), 128));
process.on("uncaughtException", error => fatal("Uncaught Exception", error, 129));

let handler, initError;
try {
  const dot = spec.lastIndexOf(".");
  const file = [".mjs", ".js", ".cjs"].map(ext => join(dir, spec.slice(0, dot) + ext)).find(existsSync);
  if (!file) throw Object.assign(new Error(`Cannot find module '${spec.slice(0, dot)}'`), { name: "Runtime.ImportModuleError" });
  const module = await import(pathToFileURL(file).href);
  handler = module[spec.slice(dot + 1)] ?? module.default?.[spec.slice(dot + 1)];
  if (typeof handler !== "function") throw Object.assign(new Error(`${spec} is undefined or not exported`), { name: "Runtime.HandlerNotFound" });
  // Node.js 24 and later refuse callback-style handlers (aws-lambda-nodejs-runtime-interface-client).
  const major = Number(/^nodejs(\d+)/.exec(process.env.AWS_EXECUTION_ENV?.slice("AWS_Lambda_".length) ?? "")?.[1] ?? 0);
  if (major >= 24 && handler.length >= 3)
    throw Object.assign(new Error("ERROR: AWS Lambda has removed support for callback-based function handlers starting with Node.js 24. You need to modify this function to use a supported handler signature to use Node.js 24 or later. For more information see https://docs.aws.amazon.com/lambda/latest/dg/nodejs-handler.html."), { name: "Runtime.CallbackHandlerDeprecated" });
} catch (error) {
  initError = error;
}

// A reply starts its own line, even after a handler's process.stdout.write without a line end.
const reply = message => write("\n\x1e" + JSON.stringify(message));
reply({ ready: true });

// The host closes stdin to end this environment: exit then, even if the handler keeps the event loop alive
// (a timer, an open socket), as Lambda's freeze and shutdown do not wait for it either.
createInterface({ input: process.stdin }).on("close", () => process.exit(0)).on("line", line => {
  const { id, deadline, event } = JSON.parse(line);
  requestId = id;
  let done = false;
  const finish = (error, result) => {
    if (done) return;
    done = true;
    failPending = () => {};
    if (error !== undefined && error !== null) {
      const body = toError(error);
      console.error("Invoke Error", JSON.stringify(body));
      reply({ id, error: body });
    } else {
      let text;
      try { text = JSON.stringify(result === undefined ? null : result); } catch (e) { return reply({ id, error: { errorType: "Runtime.JSONStringifyError", errorMessage: "Unable to stringify response body", trace: [] } }); }
      write(`\n\x1e{"id":${JSON.stringify(id)},"result":${text}}`);
    }
  };
  failPending = error => { done = true; reply({ id, error: toError(error) }); };
  if (initError) return finish(initError);
  const env = process.env;
  const context = {
    functionName: env.AWS_LAMBDA_FUNCTION_NAME, functionVersion: env.AWS_LAMBDA_FUNCTION_VERSION,
    invokedFunctionArn: `arn:aws:lambda:${env.AWS_REGION}:000000000000:function:${env.AWS_LAMBDA_FUNCTION_NAME}`,
    memoryLimitInMB: env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE, awsRequestId: id,
    logGroupName: env.AWS_LAMBDA_LOG_GROUP_NAME, logStreamName: env.AWS_LAMBDA_LOG_STREAM_NAME,
    identity: undefined, clientContext: undefined, callbackWaitsForEmptyEventLoop: true,
    getRemainingTimeInMillis: () => deadline - Date.now(),
    succeed: result => finish(null, result), fail: error => finish(error ?? "handled"), done: finish,
  };
  // A handler either returns a promise or calls back (event, context, callback), as the runtime allows.
  try {
    const result = handler(event, context, finish);
    if (result && typeof result.then === "function") result.then(value => finish(null, value), error => finish(error ?? "handled"));
  } catch (error) {
    finish(error);
  }
});
