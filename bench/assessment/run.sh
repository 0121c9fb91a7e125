#!/usr/bin/env bash
# Scoring benchmark of the assessment-service (see docs/assessment/benchmarks.md). From the repository root:
#   bench/assessment/run.sh            domain code: score one 43-question assessment, p50/p95/p99 in µs
#   bench/assessment/run.sh campaign   a campaign benchmark over 10,000 generated assessments (p50/p95) and the CSV
#                                      export's rows/s and heap peak (domain code, no database)
#   bench/assessment/run.sh http ID    through HTTP: GET /api/assessments/ID/results on a running suite
#                                      (OD4G_GATEWAY, default http://localhost:8080; token of respondent-ge)
# Needs the module built (mvn -o -B verify -pl .,assessment-service) for the domain run; curl, python3 and wrk for HTTP.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

if [[ "${1:-}" == http ]]; then
  ID="${2:?usage: run.sh http ASSESSMENT_ID}"
  GATEWAY="${OD4G_GATEWAY:-http://localhost:8080}"
  TOKEN="$(curl -s -d grant_type=password -d client_id=od4g-test -d username=respondent-ge -d password=demo \
    "${OD4G_KEYCLOAK:-http://localhost:8180}/realms/od4g/protocol/openid-connect/token" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')"
  URL="$GATEWAY/api/assessments/$ID/results"
  SECONDS_EACH="${SECONDS_EACH:-20}"
  # one connection kept alive: the latency of one request at a time; warm the JVM first
  wrk -t1 -c1 -d"${SECONDS_EACH}s" -H "Authorization: Bearer $TOKEN" "$URL" >/dev/null
  echo "GET /api/assessments/$ID/results through $GATEWAY, 1 connection, ${SECONDS_EACH} s:"
  wrk -t1 -c1 -d"${SECONDS_EACH}s" -H "Authorization: Bearer $TOKEN" -s bench/assessment/percentiles.lua "$URL" | tail -n 1
  exit 0
fi

CLASSES=assessment-service/target/classes
[[ -d "$CLASSES/eu" ]] || { echo "build the module first: mvn -o -B verify -pl .,assessment-service" >&2; exit 1; }
LIBS="assessment-service/target/quarkus-app/lib/main/*"   # the packaged application's libraries
OUT="$(mktemp -d)"
if [[ "${1:-}" == campaign ]]; then
  shift
  javac -d "$OUT" -cp "$CLASSES:$LIBS" bench/assessment/CampaignBench.java
  java -Xmx512m -cp "$OUT:$CLASSES:$LIBS" CampaignBench "$@"
else
  javac -d "$OUT" -cp "$CLASSES:$LIBS" bench/assessment/ScoringBench.java
  java -Xmx256m -cp "$OUT:$CLASSES:$LIBS" ScoringBench "$@"
fi
rm -rf "$OUT"
