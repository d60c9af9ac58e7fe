// Runs one Lambda handler, kept warm: one JSON line in ({id, event}), one JSON line out ({id, result} or {id, error}).
import { createInterface } from "node:readline";
import { pathToFileURL } from "node:url";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { format } from "node:util";

// stdout carries the replies only: the handler's logs go to stderr, as CloudWatch lines would.
for (const level of ["log", "info", "warn", "error", "debug"]) console[level] = (...args) => process.stderr.write(format(...args) + "\n");
process.on("unhandledRejection", error => process.stderr.write(`unhandled rejection: ${error?.stack ?? error}\n`));

const [, , dir, spec] = process.argv;
const dot = spec.lastIndexOf(".");
const file = [".mjs", ".js", ".cjs"].map(ext => join(dir, spec.slice(0, dot) + ext)).find(existsSync);
const module = await import(pathToFileURL(file).href);
const handler = module[spec.slice(dot + 1)] ?? module.default?.[spec.slice(dot + 1)];
const write = message => process.stdout.write(JSON.stringify(message) + "\n");
createInterface({ input: process.stdin }).on("line", async line => {
  const { id, event } = JSON.parse(line);
  try {
    write({ id, result: (await handler(event, { awsRequestId: id, functionName: spec })) ?? null });
  } catch (error) {
    write({ id, error: { errorMessage: String(error?.message ?? error), errorType: error?.name ?? "Error" } });
  }
});
