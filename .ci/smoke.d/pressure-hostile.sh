# Hostile-input sweep (issue 16) against the running suite: pressure/hostile/run sends >= 1,000 generated (seeded) hostile
# requests per service (seed printed) through the gateway with real Keycloak tokens and checks no 5xx, problem+json
# errors, responses as the committed contracts say, and no data changed by a rejected request. About 3 minutes.
# The first run resolves the sweep's Maven dependencies (online once); later runs build offline.
# Sourced by .ci/smoke (see README.md beside this file); never exits.

hostile_out="$(pressure/hostile/run 2>&1)"
hostile_rc=$?
printf '%s\n' "$hostile_out" > /tmp/od4g-smoke-hostile.log
hostile_table="$(grep -E '^\| (assessment|catalog|workshop) ' <<<"$hostile_out" || true)"
# The sweep spends the demo users' per-minute budgets at the gateway and may leave a circuit open for 10 s (see
# docs/pressure/hostile.md, bug 4): let both reset before the next snippets.
sleep 61
for svc in assessment catalog workshop; do
  row="$(grep -E "^\| $svc " <<<"$hostile_table" || true)"
  n="$(awk -F'|' '{gsub(/ /,"",$3); print $3}' <<<"$row")"
  if [[ -n "$n" && "$n" -ge 1000 ]]; then pass "hostile sweep: $svc got $n generated requests"
  else fail "hostile sweep: $svc got >= 1,000 generated requests" "${row:-no figures; see /tmp/od4g-smoke-hostile.log}"; fi
done
if [[ "$hostile_rc" == 0 ]]; then pass "hostile sweep: no 5xx, errors problem+json, responses as the contracts say, no data changed"
else fail "hostile sweep: no failure" "$(grep -E '^[0-9]+ passed, [0-9]+ failed' <<<"$hostile_out" || echo "exit $hostile_rc") -- see /tmp/od4g-smoke-hostile.log"; fi
