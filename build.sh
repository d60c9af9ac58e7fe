#!/usr/bin/env bash
# The project's entry point (see README):
#   ./build.sh synth   synthesize examples/ChatApi with the real cdktf CLI -> cdktf.out/stacks/chat-api/cdk.tf.json
#   ./build.sh synth --cdktn   the same example on CDK Terrain (Io.Cdktn), with the real cdktn CLI
#   ./build.sh test    run the whole test suite on both flavours (cdktf and cdktn, side by side); a snapshot
#                      that differs fails (an ACCEPT_SNAPSHOTS in the environment is cleared)
#   ./build.sh test --accept-snapshots   the same, one flavour after the other, writing what each snapshot test
#                      received as its verified file: review `git diff` after
#   ./build.sh pack [--output <dir>]   every package (both flavours' constructs, the model, the local runtime,
#                      the wsrr tool, the dotnet new templates) with its symbols into one folder, default packages/
#                      (docs/packaging.md); the templates' app finds the packages there (docs/templates.md)
#   ./build.sh cdktf <args>    the pinned cdktf CLI, quietly (see run_cli below), in the folder you are in
#   ./build.sh cdktn <args>    the pinned cdktn CLI (CDK Terrain) on its Node 22, quietly, in the folder you are in
#   ./build.sh bench   run the synthesis benchmark (library vs hand-written L1 code)
#   ./build.sh check <path>...  the WebSocket rules on a Terraform project (*.tf), Terraform JSON (cdk.tf.json,
#                               cdktf.out, *.tf.json) or a plan (terraform show -json)
#   ./build.sh serve [path]     serve the stack's WebSocket APIs on localhost (default path cdktf.out)
#   ./build.sh vtl-oracle       re-record the VTL corpus's expected outputs with the real Apache Velocity 1.7
#                               (apt-get install velocity libjsonpath-java libslf4j-java; a JDK), see docs/vtl.md
#   ./build.sh hcl-oracle       re-record the HCL corpus's expected results with HashiCorp's parser
#                               (npm @cdktf/hcl2json from the cdktf bindings), see docs/hcl.md
#   ./build.sh terraform-oracle re-record what Terraform returns for the function corpus (terraform on PATH)
# Each but check, serve and the oracles first makes sure the .NET bindings of the flavours it needs exist
# (bindings/build-bindings.sh: once per machine, cached); check and serve need only the .NET SDK.
set -euo pipefail
# What the CLIs and the SDK would otherwise print on every run (docs/packaging.md lists what each hides):
# jsii's Node end-of-life banner (Node 20), HashiCorp's Checkpoint lookup (its failure is logged as an error
# where checkpoint-api.hashicorp.com is unreachable; also cdktf's telemetry), the .NET SDK's telemetry and logo.
export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION=20 CHECKPOINT_DISABLE=1
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# check and serve read paths relative to where they are run from, so they start before the cd below.
if [ "${1:-}" = check ] || [ "${1:-}" = serve ]; then
  exec dotnet run --project "$(dirname "${BASH_SOURCE[0]}")/src/WsRouteResponses.Check" -c Release -- "$@"
fi
caller="$PWD" # where the cdktf/cdktn CLIs run and pack's --output is read from
cd "$(dirname "${BASH_SOURCE[0]}")"
repo="$PWD"

# Terraform warns on every call when TF_CLI_CONFIG_FILE names a missing file; its defaults are what we want.
if [ -n "${TF_CLI_CONFIG_FILE:-}" ] && [ ! -e "$TF_CLI_CONFIG_FILE" ]; then unset TF_CLI_CONFIG_FILE; fi

# Both flavours' suites at once: the cdktn one in the background into a log printed after, since the two
# builds share no output folder (a cdktn build writes bin/cdktn and obj/cdktn) and the runs mostly wait on Node.
# Accepting snapshots (--accept-snapshots, which sets ACCEPT_SNAPSHOTS=1 for the snapshot helper) runs them one
# after the other, so that neither flavour silently overwrites what the other wrote to a shared snapshot.
test_both() {
  local status=0 cdktn_status=0
  if [ "${ACCEPT_SNAPSHOTS:-}" = 1 ]; then
    dotnet test WsRouteResponses.sln -c Release "$@" || status=$?
    CdkFlavour=cdktn dotnet test WsRouteResponses.sln -c Release "$@" || cdktn_status=$?
  else
    cdktn_log="$(mktemp)"
    CdkFlavour=cdktn dotnet test WsRouteResponses.sln -c Release "$@" >"$cdktn_log" 2>&1 &
    cdktn_pid=$!
    trap 'kill "$cdktn_pid" 2>/dev/null || true; rm -f "$cdktn_log"' EXIT # Ctrl+C or a failure stops it too
    echo "== cdktf (HashiCorp.Cdktf); cdktn (Io.Cdktn) runs beside it, its output follows"
    dotnet test WsRouteResponses.sln -c Release "$@" || status=$?
    wait "$cdktn_pid" || cdktn_status=$?
    echo "== cdktn (Io.Cdktn)"
    cat "$cdktn_log"
  fi
  [ "$status" -eq 0 ] && [ "$cdktn_status" -eq 0 ]
}

# Both flavours' bindings at once: on a new machine one's npm ci and jsii-pacmak (Node, one core) run while the
# other compiles; the script lets one AWS provider compile at a time (memory). Each line names its flavour.
both_bindings() {
  local cdktn_pid cdktf_status=0 cdktn_status=0
  bindings/build-bindings.sh cdktn &
  cdktn_pid=$!
  bindings/build-bindings.sh cdktf || cdktf_status=$?
  wait "$cdktn_pid" || cdktn_status=$?
  [ "$cdktf_status" -eq 0 ] && [ "$cdktn_status" -eq 0 ]
}

# NuGet.config lists both flavours' feeds, and restore fails on a local feed that does not exist (NU1301):
# a flavour whose bindings are not built yet gets an empty one, which building them replaces.
placeholder_feeds() {
  local flavour
  for flavour in cdktf cdktn; do
    if [ ! -e ".bindings/$flavour" ]; then mkdir -p .bindings/.none/feed; ln -sfn .none ".bindings/$flavour"; fi
  done
}

# Every packable project of the solution, packed once per flavour: the second pass (cdktn) packs only the
# projects that use the CDK (FlavouredPackagesOnly, Directory.Build.targets), the others being the same in
# both. ContinuousIntegrationBuild makes the build deterministic (source paths /_/, SourceLink); such a build
# keeps its own obj/ and bin/ folders (Directory.Build.props), so a pack does not invalidate the tests' build.
pack() {
  local out="$repo/packages"
  while [ $# -gt 0 ]; do
    case "$1" in
      --output|-o) [ $# -ge 2 ] || { echo "build.sh pack: $1 needs a folder" >&2; exit 2; }; out="$2"; shift 2 ;;
      --output=*) out="${1#--output=}"; shift ;;
      *) echo "build.sh pack: unknown argument $1; usage: ./build.sh pack [--output <dir>]" >&2; exit 2 ;;
    esac
  done
  case "$out" in /*) ;; *) out="$caller/$out" ;; esac
  mkdir -p "$out"
  bindings/build-bindings.sh cdktf
  bindings/build-bindings.sh cdktn
  local properties=(-c Release -o "$out" -p:ContinuousIntegrationBuild=true -nologo -clp:NoSummary)
  echo "== packing (cdktf, and every package that does not depend on the flavour)"
  dotnet pack WsRouteResponses.sln "${properties[@]}"
  echo "== packing (cdktn)"
  CdkFlavour=cdktn dotnet pack WsRouteResponses.sln "${properties[@]}" -p:FlavouredPackagesOnly=true
  echo "== $out"
  ls -l "$out"
}

# Runs a flavour's pinned CLI in a folder (the variables above keep it quiet), with the bindings and the local
# feeds it needs when it builds this repository's app.
run_cli() { # <folder> <flavour> <args...>
  local folder="$1" flavour="$2"; shift 2
  bindings/build-bindings.sh "$flavour"
  placeholder_feeds
  local bin="$repo/.bindings/$flavour/npm/node_modules/.bin"
  cd "$folder"
  # The cdktn CLI needs Node 22, which its npm folder has (it fails on Node 20: markAsUncloneable is not a
  # function); the app it runs builds with CdkFlavour=cdktn.
  if [ "$flavour" = cdktn ]; then PATH="$bin:$PATH" CdkFlavour=cdktn exec cdktn "$@"; fi
  exec "$bin/cdktf" "$@"
}

case "${1:-}" in
  synth)
    if [ "${2:-}" = --cdktn ]; then run_cli "$repo" cdktn synth "${@:3}"; fi
    run_cli "$repo" cdktf synth "${@:2}" ;;
  test)
    # Snapshots are accepted only when asked here: an ACCEPT_SNAPSHOTS left in a shell or a CI environment
    # would otherwise turn every snapshot test green.
    unset ACCEPT_SNAPSHOTS
    if [ "${2:-}" = --accept-snapshots ]; then export ACCEPT_SNAPSHOTS=1; set -- "$1" "${@:3}"; fi
    both_bindings
    test_both "${@:2}" ;;
  pack)
    pack "${@:2}" ;;
  cdktf|cdktn)
    run_cli "$caller" "$1" "${@:2}" ;;
  bench)
    bindings/build-bindings.sh cdktf
    placeholder_feeds
    exec dotnet run --project bench/WsRouteResponses.Bench -c Release -- "${@:2}" ;;
  vtl-oracle)
    exec tools/vtl-oracle/record.sh "${@:2}" ;;
  hcl-oracle)
    bindings/build-bindings.sh cdktf
    exec node tools/hcl-oracle/record.mjs "${@:2}" ;;
  terraform-oracle)
    exec python3 tools/terraform-oracle/record-functions.py ;;
  *) echo "usage: ./build.sh synth [--cdktn]|test [--accept-snapshots]|pack [--output <dir>]|cdktf <args>|cdktn <args>|bench|check|serve|vtl-oracle|hcl-oracle|terraform-oracle [extra arguments]" >&2; exit 2 ;;
esac
