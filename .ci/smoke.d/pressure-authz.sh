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
# The matrix makes some 3,000 calls, most as coordinator-ge ($USER_TOKEN of the next snippets) and many anonymous: let
# the gateway's rate-limit windows (per caller and minute) refill before the next snippet, which would otherwise meet
# 429s it does not expect.
authz_refill() {  # authz_refill [TOKEN]: waits for the window's reset when less than half of the limit is left
  local h limit left reset
  h="$(curl -s --max-time 20 -D - -o /dev/null ${1:+-H "Authorization: Bearer $1"} "$GATEWAY/api/events?size=1" | tr -d '\r')"
  limit="$(sed -n 's/^[Rr]ate[Ll]imit-[Ll]imit: *//p' <<<"$h")"; left="$(sed -n 's/^[Rr]ate[Ll]imit-[Rr]emaining: *//p' <<<"$h")"
  reset="$(sed -n 's/^[Rr]ate[Ll]imit-[Rr]eset: *//p' <<<"$h")"
  if [[ -n "$limit" && -n "$left" && -n "$reset" && "$left" -lt $((limit / 2)) ]]; then
    echo "authz matrix: waiting ${reset}s for the gateway's rate-limit window ($left of $limit left)"; sleep "$((reset + 1))"
  fi
}
authz_refill
authz_refill "$USER_TOKEN"

