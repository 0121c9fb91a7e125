# assessment-service: the demo campaign of Grand Est through the gateway: progress for its coordinator, a k-anonymous
# benchmark (shown once k organisations submitted, suppressed before), a refused differencing query, the CSV export,
# the recommendations of Grand Est's campaign assessment, and refusals (another organisation's coordinator, no token).
# Sourced by .ci/smoke (uses call, expect, json_field, token, pass, fail).

COORDINATOR_GE="${USER_TOKEN:-$(token coordinator-ge)}"
COORDINATOR_VE="$(token coordinator-ve)"
RESPONDENT_GE_C="$(token respondent-ge)"
call GET "/api/campaigns?organization=grand-est&size=100" "$COORDINATOR_GE"
CAMPAIGN_ID="$(python3 -c 'import json,sys
items = json.load(sys.stdin).get("items", [])
print(next((c["id"] for c in items if c.get("title", {}).get("en", "").startswith("Grand Est and partners")), ""))' <<<"$BODY_FULL" 2>/dev/null)"
if [[ "$STATUS" == 200 && -n "$CAMPAIGN_ID" ]]; then pass "assessment: coordinator-ge finds the demo campaign"
else fail "assessment: coordinator-ge finds the demo campaign" "got $STATUS $BODY_OUT"; fi

call GET "/api/campaigns?status=OPEN&size=100" "$COORDINATOR_VE"
if [[ "$STATUS" == 200 && -n "$CAMPAIGN_ID" && "$BODY_FULL" == *"$CAMPAIGN_ID"* ]]; then
  pass "assessment: Veneto (invited) sees Grand Est's open campaign in its list"
else fail "assessment: Veneto (invited) sees Grand Est's open campaign in its list" "got $STATUS $BODY_OUT"; fi

call GET "/api/campaigns/$CAMPAIGN_ID/progress" "$COORDINATOR_GE"
invited="$(json_field invited <<<"$BODY_FULL")"
submitted="$(json_field submitted <<<"$BODY_FULL")"
if [[ "$STATUS" == 200 && "${invited:-0}" -ge 5 && "${submitted:-0}" -ge 2 ]]; then
  pass "assessment: campaign progress: $invited invited, $submitted submitted"
else fail "assessment: campaign progress (>= 5 invited, >= 2 submitted)" "got $STATUS $BODY_OUT"; fi

call GET "/api/benchmarks?campaign=$CAMPAIGN_ID" "$COORDINATOR_GE"
SHOWN="$(python3 -c 'import json,sys
b = json.load(sys.stdin)
print("%s %s" % (b.get("k"), str(b.get("all", {}).get("suppressed")).lower()))' <<<"$BODY_FULL" 2>/dev/null)"
K="${SHOWN%% *}"
if [[ "$STATUS" == 200 && -n "$K" && "$K" != None ]]; then
  if [[ "${submitted:-0}" -ge "$K" && "$SHOWN" == *" false" ]] || [[ "${submitted:-0}" -lt "$K" && "$SHOWN" == *" true" ]]; then
    pass "assessment: campaign benchmark, k=$K, $submitted organisations: suppressed=${SHOWN#* }"
  else fail "assessment: campaign benchmark shown exactly from k organisations" "k=$K submitted=$submitted: $BODY_OUT"; fi
else fail "assessment: campaign benchmark answers" "got $STATUS $BODY_OUT"; fi

call GET "/api/benchmarks?campaign=$CAMPAIGN_ID&groupBy=type" "$RESPONDENT_GE_C"
if [[ "$STATUS" == 200 && "$BODY_FULL" == *'"own"'* && "$BODY_FULL" == *'"groups"'* ]]; then
  pass "assessment: respondent-ge sees the benchmark by type and its own position"
else fail "assessment: respondent-ge sees the benchmark by type and its own position" "got $STATUS $BODY_OUT"; fi

call GET "/api/benchmarks?campaign=$CAMPAIGN_ID&groupBy=region&region=FRX" "$COORDINATOR_GE"
expect "assessment: benchmark of an empty region: 200 (suppressed, nothing to subtract)" 200
call GET "/api/benchmarks" "$COORDINATOR_GE"
expect "assessment: benchmark without a campaign or model: 400 problem" 400 problem
call GET "/api/campaigns/$CAMPAIGN_ID/progress" "$COORDINATOR_VE"
expect "assessment: Veneto's coordinator (invited) does not follow Grand Est's campaign: 403 problem" 403 problem
call GET "/api/benchmarks?campaign=$CAMPAIGN_ID"
expect "assessment: benchmark without a token: 401 problem" 401 problem

call GET "/api/campaigns/$CAMPAIGN_ID/export.csv?bom=true" "$COORDINATOR_GE"
if [[ "$STATUS" == 200 && "$CTYPE" == text/csv* && "$BODY_FULL" == *"assessment,organization,organizationType"* && "$BODY_FULL" == *"grand-est"* ]]; then
  pass "assessment: the campaign's CSV export holds Grand Est's row"
else fail "assessment: the campaign's CSV export" "got $STATUS '$CTYPE' $BODY_OUT"; fi

call GET "/api/assessments?campaign=$CAMPAIGN_ID" "$RESPONDENT_GE_C"
GE_CAMPAIGN_ASSESSMENT="$(python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])' <<<"$BODY_FULL" 2>/dev/null)"
call GET "/api/assessments/$GE_CAMPAIGN_ASSESSMENT/recommendations?lang=fr" "$RESPONDENT_GE_C"
if [[ "$STATUS" == 200 && "$BODY_FULL" == *'"weakestDimensions"'* ]]; then
  pass "assessment: recommendations of Grand Est's campaign assessment (partial: $(json_field partial <<<"$BODY_FULL"))"
else fail "assessment: recommendations of Grand Est's campaign assessment" "got $STATUS $BODY_OUT"; fi

call GET "/api/action-plans/actions?organization=grand-est" "$COORDINATOR_GE"
RISKS="$(python3 -c 'import json,sys; print(",".join(a["risk"] for a in json.load(sys.stdin)["items"]))' <<<"$BODY_FULL" 2>/dev/null)"
if [[ "$STATUS" == 200 && "$RISKS" == HIGH* && "$RISKS" != *HIGH*LOW*HIGH* && "$RISKS" != *LOW*MEDIUM* ]]; then
  pass "assessment: Grand Est's actions listed highest risk first ($RISKS)"
else fail "assessment: Grand Est's actions listed highest risk first" "got $STATUS $RISKS"; fi
