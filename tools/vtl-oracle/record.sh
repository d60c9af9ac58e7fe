#!/usr/bin/env bash
# Re-records the VTL corpus's expected outputs with the real Apache Velocity 1.7 and Jayway JsonPath for $input's
# JSONPath (Debian: apt-get install velocity libjsonpath-java libslf4j-java; a JDK 11 or newer).
# Usage: tools/vtl-oracle/record.sh [corpus folder]; ./build.sh vtl-oracle runs it.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
corpus="${1:-$here/../../tests/WsRouteResponses.Tests/Local/VtlCorpus}"
jars=/usr/share/java
jarlist=(velocity-1.7.jar commons-collections3.jar commons-lang.jar json-path.jar json-smart.jar slf4j-api.jar slf4j-nop.jar)
for jar in "${jarlist[@]}"; do
  [ -e "$jars/$jar" ] || { echo "missing $jars/$jar: apt-get install velocity libjsonpath-java libslf4j-java" >&2; exit 1; }
done
classpath="$(printf "$jars/%s:" "${jarlist[@]}")"
classpath="${classpath%:}"
classes="$(mktemp -d)"
trap 'rm -rf "$classes"' EXIT
javac -nowarn -d "$classes" -cp "$classpath" "$here"/*.java
# A fixed locale, so that toUpperCase and number printing do not depend on the machine.
java -Duser.language=en -Duser.country=US -cp "$classes:$classpath" VtlOracle "$corpus"
