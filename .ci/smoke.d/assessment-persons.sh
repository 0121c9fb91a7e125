# assessment-service: its part of the GDPR persons protocol through the gateway (/api/assessment/persons/{subject}):
# respondent-ge reads what the assessment service holds about them, another person is refused (403), no token 401;
# participant-ge (nothing in this service) erases themselves: 200 with zero counts, twice the same.
# Sourced by .ci/smoke (uses call, expect, json_field, token, pass, fail).

PERSONS_RESPONDENT="$(token respondent-ge)"
PERSONS_OTHER="$(token respondent-ve)"
PERSONS_PARTICIPANT="$(token participant-ge)"
PERSONS_SUB="$(token_subject "$PERSONS_RESPONDENT")"

call GET "/api/assessment/persons/$PERSONS_SUB" "$PERSONS_RESPONDENT"
persons_service="$(json_field service <<<"$BODY_FULL")"
persons_kinds="$(python3 -c 'import json,sys
try: print(",".join(sorted(json.load(sys.stdin)["records"])))
except Exception: pass' <<<"$BODY_FULL")"
if [[ "$STATUS" == 200 && "$persons_service" == assessment && "$persons_kinds" == *assessments* ]]; then
  pass "assessment persons: respondent-ge reads their own part (service assessment; $persons_kinds)"
else fail "assessment persons: respondent-ge reads their own part" "got $STATUS $BODY_OUT"; fi

call GET "/api/assessment/persons/$PERSONS_SUB" "$PERSONS_OTHER"
expect "assessment persons: another person (respondent-ve) reading respondent-ge's part: 403 problem" 403 problem
call POST "/api/assessment/persons/$PERSONS_SUB/erase" "$PERSONS_OTHER"
expect "assessment persons: another person erasing respondent-ge: 403 problem" 403 problem
call GET "/api/assessment/persons/$PERSONS_SUB"
expect "assessment persons: no token: 401 problem" 401 problem

PERSONS_PARTICIPANT_SUB="$(token_subject "$PERSONS_PARTICIPANT")"
for persons_round in 1 2; do
  call POST "/api/assessment/persons/$PERSONS_PARTICIPANT_SUB/erase" "$PERSONS_PARTICIPANT"
  persons_total="$(python3 -c 'import json,sys
try: print(sum(json.load(sys.stdin)["erased"].values()))
except Exception: pass' <<<"$BODY_FULL")"
  if [[ "$STATUS" == 200 && "$persons_total" == 0 ]]; then
    pass "assessment persons: participant-ge erases themselves (nothing held here), round $persons_round: 200, zero counts"
  else fail "assessment persons: participant-ge erases themselves, round $persons_round" "got $STATUS $BODY_OUT"; fi
done
