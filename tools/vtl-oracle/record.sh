#!/usr/bin/env bash
# Re-records the VTL corpus's expected outputs with the real Apache Velocity 1.7 (Debian: apt-get install velocity;
# a JDK 11 or newer). Usage: tools/vtl-oracle/record.sh [corpus folder]; ./build.sh vtl-oracle runs it.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
corpus="${1:-$here/../../tests/WsRouteResponses.Tests/Local/VtlCorpus}"
jars=/usr/share/java
for jar in velocity-1.7.jar commons-collections3.jar commons-lang.jar; do
  [ -e "$jars/$jar" ] || { echo "missing $jars/$jar: apt-get install velocity (Apache Velocity 1.7 and its dependencies)" >&2; exit 1; }
done
classpath="$jars/velocity-1.7.jar:$jars/commons-collections3.jar:$jars/commons-lang.jar"
classes="$(mktemp -d)"
trap 'rm -rf "$classes"' EXIT
javac -nowarn -d "$classes" -cp "$classpath" "$here"/*.java
# A fixed locale, so that toUpperCase and number printing do not depend on the machine.
java -Duser.language=en -Duser.country=US -cp "$classes:$classpath" VtlOracle "$corpus"
