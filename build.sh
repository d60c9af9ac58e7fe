#!/usr/bin/env bash
# The project's entry point (see README):
#   ./build.sh synth   synthesize examples/ChatApi with the real cdktf CLI -> cdktf.out/stacks/chat-api/cdk.tf.json
#   ./build.sh test    run the whole test suite
#   ./build.sh bench   run the synthesis benchmark (library vs hand-written L1 code)
#   ./build.sh check <path>...  the WebSocket rules on Terraform JSON (cdk.tf.json, cdktf.out, *.tf.json)
#   ./build.sh serve [path]     serve the stack's WebSocket APIs on localhost (default path cdktf.out)
# Each but check and serve first makes sure the .NET bindings exist (bindings/build-bindings.sh: once per machine,
# cached); check and serve need only the .NET SDK.
set -euo pipefail
export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION=20 CHECKPOINT_DISABLE=1
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# check and serve read paths relative to where they are run from, so they start before the cd below.
if [ "${1:-}" = check ] || [ "${1:-}" = serve ]; then
  exec dotnet run --project "$(dirname "${BASH_SOURCE[0]}")/src/WsRouteResponses.Check" -c Release -- "$@"
fi
cd "$(dirname "${BASH_SOURCE[0]}")"

# Terraform warns on every call when TF_CLI_CONFIG_FILE names a missing file; its defaults are what we want.
if [ -n "${TF_CLI_CONFIG_FILE:-}" ] && [ ! -e "$TF_CLI_CONFIG_FILE" ]; then unset TF_CLI_CONFIG_FILE; fi

bindings/build-bindings.sh

case "${1:-}" in
  synth) exec .bindings/npm/node_modules/.bin/cdktf synth "${@:2}" ;;
  test)  exec dotnet test WsRouteResponses.sln -c Release "${@:2}" ;;
  bench) exec dotnet run --project bench/WsRouteResponses.Bench -c Release -- "${@:2}" ;;
  *) echo "usage: ./build.sh synth|test|bench|check|serve [extra arguments]" >&2; exit 2 ;;
esac
