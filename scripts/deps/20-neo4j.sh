#!/usr/bin/env bash
# The Neo4j 5 Community test server (no Docker): resolves org.neo4j:neo4j + neo4j-bolt with Maven
# (cached in ~/.m2 after the first run) and compiles tests/neo4j's small launcher into
# tests/neo4j/target/. tests/plugin_neo4j.py starts it. Idempotent; prints one line.
# Without java/javac/mvn: one line, exit 0 — but exit 1 under CI=true, where the tests need it.
set -euo pipefail
cd "$(dirname "$0")/../.."

PROJECT=tests/neo4j
TARGET=$PROJECT/target
CLASSES=$TARGET/classes
CLASSPATH_FILE=$TARGET/classpath.txt
MAIN_SRC=$PROJECT/src/main/java/vanban/testserver/Neo4jTestServer.java
MAIN_CLASS=$CLASSES/vanban/testserver/Neo4jTestServer.class

in_ci() { case "${CI:-}" in 1|true|TRUE|True|yes) return 0 ;; *) return 1 ;; esac; }

missing=()
for tool in java javac mvn; do
    command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "neo4j test server: not built, missing ${missing[*]} (install a JDK 17+ and Maven)"
    if in_ci; then exit 1; fi
    exit 0
fi

up_to_date() {
    [ -s "$CLASSPATH_FILE" ] && [ -f "$MAIN_CLASS" ] || return 1
    [ "$MAIN_CLASS" -nt "$MAIN_SRC" ] && [ "$CLASSPATH_FILE" -nt "$PROJECT/pom.xml" ] || return 1
    local jar
    local IFS=:
    for jar in $(cat "$CLASSPATH_FILE"); do [ -f "$jar" ] || return 1; done
    return 0
}

version=$(sed -n 's:.*<neo4j.version>\(.*\)</neo4j.version>.*:\1:p' "$PROJECT/pom.xml")
if up_to_date; then
    echo "neo4j test server: up to date (Neo4j $version, $TARGET)"
    exit 0
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
mkdir -p "$CLASSES"
if ! mvn -q -B -f "$PROJECT/pom.xml" dependency:build-classpath \
        -Dmdep.outputFile="$PWD/$CLASSPATH_FILE.tmp" >"$log" 2>&1; then
    echo "neo4j test server: Maven could not resolve Neo4j $version (log below)" >&2
    tail -n 30 "$log" >&2
    exit 1
fi
mv "$CLASSPATH_FILE.tmp" "$CLASSPATH_FILE"
if ! javac --release 17 -encoding UTF-8 -nowarn -d "$CLASSES" -cp "$(cat "$CLASSPATH_FILE")" \
        "$MAIN_SRC" >"$log" 2>&1; then
    echo "neo4j test server: javac failed (log below)" >&2
    cat "$log" >&2
    rm -f "$MAIN_CLASS"
    exit 1
fi
jars=$(tr ':' '\n' <"$CLASSPATH_FILE" | grep -c .)
echo "neo4j test server: built (Neo4j $version, $jars jars, $TARGET)"
