# workshop-service: the suite's GDPR persons protocol through the gateway (/api/persons, owned by workshop-service,
# which gathers catalog's and assessment's parts with the caller's token): participant-ge exports their own data (one
# JSON with the three services), an admin exports it too, another person (participant-ve) is refused with 403 and no
# token gets 401; an admin erases a throwaway subject twice (200 with the three services' counts, the second all zeros:
# idempotent). No demo person is erased, so nothing later in the smoke loses its data.
# Sourced by .ci/smoke (uses call, expect, token, pass, fail, $ADMIN_TOKEN, $TS).

WSP_GE="$(token participant-ge)"
WSP_VE="$(token participant-ve)"
wsp_summary() {  # wsp_summary <<<JSON -> "subject services workshopKinds" of an export, or "subject services total" of an erasure
  python3 -c 'import json,sys
try:
    d = json.load(sys.stdin); s = d["services"]
    if "erased" in s["workshop"]:
        extra = sum(sum(part["erased"].values()) for part in s.values())
    else:
        extra = ",".join(sorted(s["workshop"]["records"]))
    print(d["subject"], ",".join(sorted(s)), extra)
except Exception: pass'
}
WSP_SUB="$(token_subject "$WSP_GE")"

call GET /api/persons/me/export "$WSP_GE"
WSP_SEEN="$(wsp_summary <<<"$BODY_FULL")"
if [[ "$STATUS" == 200 && "$CTYPE" == application/json* && "$WSP_SEEN" == "$WSP_SUB assessment,catalog,workshop "*registrations* ]]; then
  pass "workshop persons: participant-ge exports their own data, one JSON with the three services ($WSP_SEEN)"
else fail "workshop persons: participant-ge exports their own data with the three services" "got $STATUS $BODY_OUT"; fi

call GET "/api/persons/$WSP_SUB/export" "$ADMIN_TOKEN"
WSP_SEEN="$(wsp_summary <<<"$BODY_FULL")"
if [[ "$STATUS" == 200 && "$WSP_SEEN" == "$WSP_SUB assessment,catalog,workshop "* ]]; then
  pass "workshop persons: an admin exports participant-ge's data"
else fail "workshop persons: an admin exports participant-ge's data" "got $STATUS $BODY_OUT"; fi

call GET "/api/persons/$WSP_SUB/export" "$WSP_VE"
expect "workshop persons: another person (participant-ve) exporting participant-ge: 403 problem" 403 problem
call POST "/api/persons/$WSP_SUB/erase" "$WSP_VE"
expect "workshop persons: another person erasing participant-ge: 403 problem" 403 problem
call GET /api/persons/me/export
expect "workshop persons: export without a token: 401 problem" 401 problem

WSP_NOBODY="smoke-person-$TS"
for wsp_round in 1 2; do
  call POST "/api/persons/$WSP_NOBODY/erase" "$ADMIN_TOKEN"
  WSP_SEEN="$(wsp_summary <<<"$BODY_FULL")"
  if [[ "$STATUS" == 200 && "$WSP_SEEN" == "$WSP_NOBODY assessment,catalog,workshop 0" ]]; then
    pass "workshop persons: an admin erases a throwaway subject in the three services, round $wsp_round: 200, nothing held"
  else fail "workshop persons: an admin erases a throwaway subject in the three services, round $wsp_round" "got $STATUS $BODY_OUT"; fi
done
