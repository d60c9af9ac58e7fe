// Records what HashiCorp's own HCL parser (hclsyntax, compiled to wasm in npm @cdktf/hcl2json) makes of each
// case of the HCL corpus, so that the C# differential test (HclOracleTests) needs no Node.
//   *.tf      -> *.tf.oracle.json: parse() (HCL converted to JSON by tmccombs/hcl2json) or its error, and
//                the syntax tree of every expression parse() rendered as "${...}"
//   *.hclexpr -> *.hclexpr.oracle.json: the syntax tree of the file's text as one expression, or its error
// Syntax trees keep the node type, the source text of the node ("value") and the meta fields that are not
// source ranges. Usage: node tools/hcl-oracle/record.mjs [corpus folder] (see docs/hcl.md).
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

const here = path.dirname(new URL(import.meta.url).pathname);
const root = path.resolve(here, "../..");
const require = createRequire(import.meta.url);
const hcl2json = require(path.join(root, ".bindings/cdktf/npm/node_modules/@cdktf/hcl2json"));
const corpus = path.resolve(process.argv[2] ?? path.join(root, "tests/WsRouteResponses.Tests/Hcl/HclCorpus"));

const kept = ["type", "operator", "returnType", "name", "expandedFinalArgument", "keyVar", "valVar", "groupedValue", "fullAccessor", "value"];

function shape(node) {
  const meta = {};
  for (const key of kept) if (node.meta && key in node.meta) meta[key] = node.meta[key];
  if (node.meta?.traversal) meta.traversal = node.meta.traversal.map((t) => `${t.type}:${t.segment}`);
  return { type: node.type, meta, children: (node.children ?? []).map(shape) };
}

async function expressionAst(source) {
  try {
    return { ast: shape(await hcl2json.getExpressionAst("expr.hcl", source)) };
  } catch (error) {
    return { error: String(error) };
  }
}

function wrapped(value, found) {
  if (typeof value === "string") {
    const match = /^\$\{([\s\S]*)\}$/.exec(value);
    if (match) found.add(match[1]);
  } else if (Array.isArray(value)) value.forEach((v) => wrapped(v, found));
  else if (value && typeof value === "object") Object.values(value).forEach((v) => wrapped(v, found));
}

async function recordFile(file) {
  const text = fs.readFileSync(file, "utf8");
  const name = path.basename(file);
  let result;
  if (file.endsWith(".hclexpr")) {
    result = await expressionAst(text);
  } else {
    try {
      const json = await hcl2json.parse(name, text);
      const sources = new Set();
      wrapped(json, sources);
      const expressions = {};
      for (const source of [...sources].sort()) {
        const ast = await expressionAst(source);
        // "${a}-${b}" also looks wrapped; only sources that are one whole expression are kept.
        if (ast.ast && ast.ast.meta.value === source) expressions[source] = ast.ast;
      }
      result = { json, expressions };
    } catch (error) {
      result = { error: String(error) };
    }
  }
  fs.writeFileSync(`${file}.oracle.json`, JSON.stringify(result, null, 1) + "\n");
  return result.error ? "error" : "ok";
}

const files = fs.readdirSync(corpus).filter((f) => f.endsWith(".tf") || f.endsWith(".hclexpr")).sort();
const counts = { ok: 0, error: 0 };
for (const f of files) counts[await recordFile(path.join(corpus, f))]++;
console.log(`recorded ${files.length} cases in ${corpus}: ${counts.ok} parsed, ${counts.error} refused`);
