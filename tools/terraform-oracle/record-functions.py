#!/usr/bin/env python3
"""Records what Terraform itself returns for each case of tests/.../Terraform/Functions/cases.json.

Each case calls one built-in function on arguments given as JSON; Terraform evaluates
`output "case" { value = <call>(jsondecode(<json>), ...) }` in an empty configuration (no provider needed),
and `terraform output -json` gives the value and its type. A case Terraform refuses records its error.
Run: ./build.sh terraform-oracle (needs terraform on PATH; CI needs only the recorded expected.json).
"""
import json, os, subprocess, sys, tempfile

here = os.path.dirname(os.path.abspath(__file__))
corpus = os.path.join(here, "..", "..", "tests", "WsRouteResponses.Tests", "Terraform", "Functions")
cases = json.load(open(os.path.join(corpus, "cases.json"), encoding="utf-8"))
env = dict(os.environ, TF_CLI_CONFIG_FILE=os.devnull, CHECKPOINT_DISABLE="1", TF_IN_AUTOMATION="1")

def hcl_string(text):
    return json.dumps(text).replace("${", "$${").replace("%{", "%%{")

def run(folder, *args):
    return subprocess.run(["terraform", *args], cwd=folder, env=env, capture_output=True, text=True)

def error_of(stderr):
    # The last paragraph is the message ("Call to function "zipmap" failed: ..."); the ones before are the source.
    paragraphs = [p for p in stderr.strip().split("\n\n") if p.strip()]
    return " ".join(line.strip() for line in paragraphs[-1].splitlines()) if paragraphs else "failed"

expected = {}
with tempfile.TemporaryDirectory() as folder:
    run(folder, "init", "-input=false")
    for case in cases:
        arguments = ", ".join(f"jsondecode({hcl_string(json.dumps(a, ensure_ascii=False))})" for a in case["args"])
        with open(os.path.join(folder, "main.tf"), "w", encoding="utf-8") as f:
            f.write(f'output "case" {{\n  value = {case["call"]}({arguments})\n}}\n')
        applied = run(folder, "apply", "-auto-approve", "-input=false", "-no-color")
        if applied.returncode != 0:
            expected[case["name"]] = {"error": error_of(applied.stderr)}
            continue
        output = json.loads(run(folder, "output", "-json").stdout).get("case")
        # An output whose value is null is not stored: Terraform reports no output at all.
        expected[case["name"]] = {"value": None, "type": "null"} if output is None else {"value": output["value"], "type": output["type"]}
        os.remove(os.path.join(folder, "terraform.tfstate"))

version = subprocess.run(["terraform", "version", "-json"], env=env, capture_output=True, text=True).stdout
with open(os.path.join(corpus, "expected.json"), "w", encoding="utf-8") as f:
    json.dump({"terraform": json.loads(version)["terraform_version"], "cases": expected}, f, indent=1, ensure_ascii=False)
    f.write("\n")
print(f"recorded {len(expected)} cases with Terraform {json.loads(version)['terraform_version']}", file=sys.stderr)
