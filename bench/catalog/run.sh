#!/usr/bin/env bash
# Catalogue benchmark (not a test): search latency at 16 concurrent clients next to the bare SQL it runs, and the
# Turtle export of the whole catalogue. Needs a catalog-service (packaged jar) on its own database; see
# docs/catalog/benchmarks.md for the set-up used. Env:
#   SERVICE      base URL of the service            (default http://127.0.0.1:18082)
#   SERVICE_PID  its process id, for the memory figures
#   PSQL         psql command line on its database  (default: psql -h 127.0.0.1 -p 25432 -U catalog -d catalog)
#   PGBENCH      pgbench command line, same database (default: pgbench -h 127.0.0.1 -p 25432 -U catalog catalog)
#   N            datasets to generate               (default 100000)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
SERVICE="${SERVICE:-http://127.0.0.1:18082}"
PSQL="${PSQL:-psql -h 127.0.0.1 -p 25432 -U catalog -d catalog}"
PGBENCH="${PGBENCH:-pgbench -h 127.0.0.1 -p 25432 -U catalog catalog}"
N="${N:-100000}"
: "${SERVICE_PID:?set SERVICE_PID to the process id of the service}"

echo "== generating $N datasets"
$PSQL -q -v n="$N" -f generate.sql

echo "== search through the service: GET /api/datasets?q=transport&size=20, 16 clients (60 s warm-up, 60 s measured)"
python3 load.py "$SERVICE/api/datasets?q=transport&size=20" --clients 16 --warmup 60 --duration 60

echo "== the same SQL with pgbench, 16 clients (10 s warm-up, 60 s measured)"
$PGBENCH -n -c 16 -j 2 -T 10 -f search.sql >/dev/null
log_dir="$(mktemp -d)"
(cd "$log_dir" && $PGBENCH -n -c 16 -j 2 -T 60 -f "$OLDPWD/search.sql" -l --log-prefix=search >/dev/null)
cat "$log_dir"/search* | python3 -c 'import sys
lat = sorted(int(line.split()[2]) for line in sys.stdin)
print("transactions %d, %.1f tx/s, p50 %.1f ms, p95 %.1f ms" % (len(lat), len(lat) / 60, lat[len(lat) // 2] / 1000,
      lat[int(0.95 * len(lat))] / 1000))'
rm -rf "$log_dir"

echo "== Turtle export of the whole catalogue, pages of 100"
python3 export.py "$SERVICE" "$SERVICE_PID" --size 100
