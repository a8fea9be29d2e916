#!/usr/bin/env bash
# Installs what the test suite needs beyond the Python packages: every scripts/deps/*.sh,
# in name order (Chromium from Debian, the Neo4j test server from Maven Central, …).
# Each script is idempotent and says in one line what it did.
set -euo pipefail
cd "$(dirname "$0")/.."
for script in scripts/deps/*.sh; do
    [ -e "$script" ] || continue
    bash "$script"
done
