# The authorization matrix (issue 16): every operation of the committed contracts x 11 callers (anonymous, the five
# grand-est roles, veneto's coordinator on grand-est's records, an expired token, a token of another issuer, a
# tampered token, a token for another audience) through the gateway, compared with pressure/authz/matrix.csv
# (docs/security.md). Fails when a cell differs, or when an operation has no row. Its whole output goes to
# /tmp/od4g-smoke-authz.log. Sourced by .ci/smoke; never exits.
if AUTHZ_OUT="$(pressure/authz/run 2>&1)"; then AUTHZ_OK=1; else AUTHZ_OK=0; fi
printf '%s\n' "$AUTHZ_OUT" >/tmp/od4g-smoke-authz.log
AUTHZ_SUMMARY="$(sed -n 's/^[0-9T:-]*Z: \(.* cells run .*\)$/\1/p' <<<"$AUTHZ_OUT")"
if [[ "$AUTHZ_OK" == 1 && -n "$AUTHZ_SUMMARY" ]]; then
  pass "authz matrix: $AUTHZ_SUMMARY"
else
  fail "authz matrix" "${AUTHZ_SUMMARY:-no summary} (see /tmp/od4g-smoke-authz.log)"
  grep -E '^(FAIL  |TABLE )' <<<"$AUTHZ_OUT" | sed -n '1,20s/^/    /p'
fi
