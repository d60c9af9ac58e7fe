#!/usr/bin/env bash
# Usage: bindings/build-bindings.sh cdktf|cdktn
# Produces the .NET packages of one flavour from its pinned npm packages (bindings/<flavour>/package.json)
# with jsii-pacmak, the tool that makes the nuget.org packages of the same ids and versions, because the
# NuGet registry reachable here lacks them:
#   cdktf: Constructs, HashiCorp.Cdktf, HashiCorp.Cdktf.Providers.Aws
#   cdktn: Constructs, Io.Cdktn, Io.Cdktn.Providers.Aws (CDK Terrain)
# The result is cached once per machine, keyed by the flavour's pinned versions and this script, and
# linked into the checkout as .bindings/<flavour>/:
#   .bindings/<flavour>/feed/                           local NuGet feed (NuGet.config lists it)
#   .bindings/<flavour>/npm/node_modules/.bin/<flavour>  the CLI (cdktn's npm folder also holds Node 22)
# Idempotent: a second run only checks the cache and re-links (well under a second).
set -euo pipefail

flavour="${1:-}"
case "$flavour" in
  cdktf) core_npm=cdktf provider_npm=@cdktf/provider-aws core_net=HashiCorp.Cdktf ;;
  cdktn) core_npm=cdktn provider_npm=@cdktn/provider-aws core_net=Io.Cdktn ;;
  *) echo "usage: bindings/build-bindings.sh cdktf|cdktn" >&2; exit 2 ;;
esac
provider_net="$core_net.Providers.Aws"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$here")"
pins="$here/$flavour"
export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION=20
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

die() { echo "bindings: error: $*" >&2; exit 1; }
start=$SECONDS
phase() { printf 'bindings(%s): [%4ss] %s\n' "$flavour" "$((SECONDS - start))" "$*"; }

command -v node >/dev/null || die "node is not on PATH. Install Node.js 20 or newer (https://nodejs.org) and re-run."
command -v npm >/dev/null || die "npm is not on PATH. Install npm (it ships with Node.js) and re-run."
command -v dotnet >/dev/null || die "dotnet is not on PATH. Install the .NET 10 SDK and re-run."
node_major="$(node -p 'process.versions.node.split(".")[0]')"
[ "$node_major" -ge 20 ] || die "Node.js $(node --version) is too old; jsii needs Node.js 20 or newer."

key="$(cat "$pins/package.json" "$pins/package-lock.json" "$here/build-bindings.sh" | sha256sum | cut -c1-16)"
root="${WSRR_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/wsrouteresponses}"
cache="$root/bindings-$flavour-$key"
mkdir -p "$root"

link() {
  [ -L "$repo/.bindings" ] && rm "$repo/.bindings" # checkouts from before the flavours linked .bindings itself
  mkdir -p "$repo/.bindings"
  ln -sfn "$cache" "$repo/.bindings/$flavour"
}

if [ -f "$cache/.complete" ]; then link; exit 0; fi

# One build of a flavour at a time: a second caller (say, synth and test started together) waits here.
# The two flavours build side by side (./build.sh test starts both); only their AWS provider compiles, about
# 9 GB of memory each, take turns (compile_lock below).
exec 9>"$root/.lock-$flavour"
if ! flock -n 9; then
  phase "another build of these bindings is running; waiting for it"
  flock 9
fi
if [ -f "$cache/.complete" ]; then link; exit 0; fi

phase "building .NET bindings into $cache (first run on this machine: a few minutes, see docs/bindings.md)"
work="$cache.partial"
rm -rf "$work"
mkdir -p "$work/npm" "$work/feed"

phase "npm ci ($(cd "$pins" && node -p 'Object.keys(require("./package.json").dependencies).join(", ")'))"
cp "$pins/package.json" "$pins/package-lock.json" "$work/npm/"
(cd "$work/npm" && npm ci --no-audit --no-fund --loglevel=error) || die "npm ci failed (is the npm registry reachable?)"
pacmak="$work/npm/node_modules/.bin/jsii-pacmak"

# A larger young generation: jsii-pacmak allocates heavily (the AWS provider's .jsii is 130 MB of JSON); with
# 64 MB semi-spaces Node collects less often (docs/bindings.md: 125 instead of 153 CPU seconds).
generate() { # <out dir> <npm package dirs...>
  NODE_OPTIONS="--max-semi-space-size=64 ${NODE_OPTIONS:-}" "$pacmak" --code-only -t dotnet --runtime-type-checking=false --rosetta-unknown-snippets verbatim -o "$@" >/dev/null
}

# The generated projects target net6.0, whose reference packs are not on this registry; net10.0 is ours.
# Symbol and source packages are not needed to build against the bindings.
retarget() { # <csproj>
  sed -i -e 's|<TargetFramework>net6.0</TargetFramework>|<TargetFramework>net10.0</TargetFramework>|' \
         -e 's|<IncludeSymbols>true</IncludeSymbols>|<IncludeSymbols>false</IncludeSymbols>|' \
         -e 's|<IncludeSource>true</IncludeSource>|<IncludeSource>false</IncludeSource>|' "$1"
}

cat > "$work/NuGet.config" <<EOF
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="bindings" value="$work/feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
</configuration>
EOF

# Neither setting changes what is compiled into the assemblies (docs/bindings.md: the public API compared,
# and the XML documentation kept); together they halve the compile:
#   RunAnalyzers=false   the SDK's code-quality analyzers and the framework's source generators (regex, JSON,
#                        interop), which find nothing to do in jsii's code but walk all of it: ~40 % of the compile
#   run-nullable-analysis=never  the flow analysis behind nullable *warnings* (discarded here); the nullable
#                        annotations of the API come from the declarations and are emitted all the same
pack() { # <csproj>
  retarget "$1"
  dotnet pack "$1" -c Release -o "$work/feed" --configfile "$work/NuGet.config" \
    -p:GeneratePackageOnBuild=false -p:RunAnalyzers=false -p:Features=run-nullable-analysis=never \
    -nologo -clp:ErrorsOnly -v:q >/dev/null \
    || die "dotnet pack $(basename "$1") failed; re-run with the command above to see the compiler output"
}

# The provider's generation (single-threaded Node) runs beside the core's generation and compile.
phase "jsii-pacmak: $provider_npm -> C#, in the background (about 2 minutes, tens of thousands of files)"
generate "$work/gen/aws" "$work/npm/node_modules/$provider_npm" &
provider_gen=$!
trap 'pkill -P "$provider_gen" 2>/dev/null; kill "$provider_gen" 2>/dev/null || true' EXIT # a failure below stops it too
phase "jsii-pacmak: constructs, $core_npm -> C#"
generate "$work/gen/core" "$work/npm/node_modules/constructs" "$work/npm/node_modules/$core_npm"
phase "dotnet pack Constructs, $core_net"
pack "$work/gen/core/dotnet/Constructs/Constructs.csproj"
pack "$work/gen/core/dotnet/$core_net/$core_net.csproj"
phase "waiting for jsii-pacmak on $provider_npm"
wait "$provider_gen" || die "jsii-pacmak failed on $provider_npm"
trap - EXIT

# One provider compile per machine at a time, whichever the flavour: each takes up to 9 GB of memory.
exec 8>"$root/.lock-compile"
if ! flock -n 8; then
  phase "the other flavour's provider is compiling; waiting for it"
  flock 8
fi
phase "dotnet pack $provider_net (the long one: a few minutes, up to 9 GB of memory)"
pack "$work/gen/aws/dotnet/$provider_net/$provider_net.csproj"
flock -u 8

rm -rf "$work/gen" "$work/NuGet.config"
touch "$work/.complete"
rm -rf "$cache"
mv "$work" "$cache"
link
phase "done: $(ls "$cache/feed" | tr '\n' ' ')"
