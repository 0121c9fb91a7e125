# assessment-service: a demo respondent completes the built-in model through the gateway, then reads the results
# and the radar chart of Grand Est's demo assessments; another organisation's respondent is refused.
# Sourced by .ci/smoke (uses call, expect, json_field, token, pass, fail).

RESPONDENT_GE="$(token respondent-ge)"
RESPONDENT_VE="$(token respondent-ve)"
call GET "/api/models?organization=od4g&size=100"
BUILTIN_ID="$(python3 -c 'import json,sys
items = json.load(sys.stdin).get("items", [])
print(next((m["id"] for m in items if m.get("code") == "od4g-local-maturity-2026"), ""))' <<<"$BODY_FULL" 2>/dev/null)"
if [[ "$STATUS" == 200 && -n "$BUILTIN_ID" ]]; then pass "assessment: the built-in model is published (od4g-local-maturity-2026)"
else fail "assessment: the built-in model is published" "got $STATUS $BODY_OUT"; fi

# the demo's assessments of Grand Est: two submitted, the newest compared with the older
call GET "/api/assessments?status=SUBMITTED&model=$BUILTIN_ID" "$RESPONDENT_GE"
total="$(json_field total <<<"$BODY_FULL")"
NEWEST_ID="$(python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])' <<<"$BODY_FULL" 2>/dev/null)"
if [[ "$STATUS" == 200 && "${total:-0}" -ge 2 && -n "$NEWEST_ID" ]]; then pass "assessment: respondent-ge lists Grand Est's submitted assessments ($total)"
else fail "assessment: respondent-ge lists Grand Est's submitted assessments" "got $STATUS $BODY_OUT"; fi

call GET "/api/assessments/$NEWEST_ID/results?lang=fr" "$RESPONDENT_GE"
if [[ "$STATUS" == 200 && "$BODY_FULL" == *'"evolution"'* && "$BODY_FULL" == *'"Politique"'* ]]; then
  pass "assessment: results in French with the evolution since the previous assessment"
else fail "assessment: results in French with the evolution" "got $STATUS $BODY_OUT"; fi

call GET "/api/assessments/$NEWEST_ID/radar.svg?lang=en" "$RESPONDENT_GE"
if [[ "$STATUS" == 200 && "$CTYPE" == image/svg+xml* && "$BODY_FULL" == *"<svg "* && "$BODY_FULL" == *"Previous assessment"* ]]; then
  pass "assessment: radar.svg is an SVG document with the previous assessment"
else fail "assessment: radar.svg is an SVG document" "got $STATUS '$CTYPE' $BODY_OUT"; fi

call GET "/api/assessments/$NEWEST_ID/results" "$RESPONDENT_VE"
expect "assessment: Veneto's respondent cannot read Grand Est's results: 404 problem" 404 problem
call GET "/api/assessments/$NEWEST_ID/radar.svg"
expect "assessment: radar.svg without a token: 401 problem" 401 problem

# a new assessment answered in one save and submitted, through the gateway
START_JSON='{"model":"'"$BUILTIN_ID"'","profile":{"organizationType":"REGIONAL_COUNCIL","pointOfView":"DATA_USER","nuts":"FRF1"}}'
call POST /api/assessments "$RESPONDENT_GE" "$START_JSON"
NEW_ID="$(json_field id <<<"$BODY_FULL")"
expect "assessment: respondent-ge starts an assessment of the built-in model: 201" 201
ANSWERS_JSON="$(python3 -c 'import json; print(json.dumps({"answers": json.load(open("deploy/demo/assessments.json"))[1]["answers"]}))')"
call PUT "/api/assessments/$NEW_ID/answers" "$RESPONDENT_GE" "$ANSWERS_JSON" '"0"'
expect "assessment: all answers saved with If-Match: 200" 200
call POST "/api/assessments/$NEW_ID/submit" "$RESPONDENT_GE" "" '"0"'
expect "assessment: submit with a stale If-Match: 412 problem" 412 problem
call POST "/api/assessments/$NEW_ID/submit" "$RESPONDENT_GE" "" '"1"'
expect "assessment: submit with the ETag read: 200" 200
call PUT "/api/assessments/$NEW_ID/answers" "$RESPONDENT_GE" "$ANSWERS_JSON" '"2"'
expect "assessment: a submitted assessment is read-only: 409 problem" 409 problem
