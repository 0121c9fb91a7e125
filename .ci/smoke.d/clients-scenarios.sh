# Generated clients: a partner portal's day through the Java and TypeScript clients generated from the committed
# contracts (upcoming workshops and a registration, a dataset from draft to published, an assessment answered and
# its results), against the running suite with real Keycloak tokens. Runs .ci/contracts scenarios (about 1.5 min).
# Sourced by .ci/smoke (uses pass, fail).

CS_LOG="$(mktemp /tmp/od4g-smoke-scenarios.XXXXXX)"
if .ci/contracts scenarios >"$CS_LOG" 2>&1; then
  pass "clients: the partner-portal scenarios through the generated Java and TypeScript clients"
else
  fail "clients: the partner-portal scenarios through the generated Java and TypeScript clients" \
    "see $CS_LOG: $(tail -n 30 "$CS_LOG")"
fi
