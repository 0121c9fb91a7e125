# identity: tokens of a second OIDC provider, the realm od4g-partner (roles as groups /od4g/<role> in "groups", the
# organisation in the nested claim org.id), accepted next to the suite's realm by configuration alone: a protected
# call of each service through the gateway, a missing role, another organisation's drafts, an unknown issuer.
# Sourced by .ci/smoke (uses call, expect, json_field, token, pass, fail, $GATEWAY, $TS). docs/identity.md.

PARTNER_REALM_URL="${PARTNER_REALM_URL:-http://localhost:8180/realms/od4g-partner}"

partner_token() {  # partner_token USER -> access token of the partner realm (client partner-test), empty on failure
  curl -s --max-time 20 -d grant_type=password -d client_id=partner-test -d "username=$1" -d password=demo \
    "$PARTNER_REALM_URL/protocol/openid-connect/token" | python3 -c 'import json,sys
try: print(json.load(sys.stdin)["access_token"])
except Exception: pass'
}

P_PUBLISHER="$(partner_token partner-publisher)"
P_COORDINATOR="$(partner_token partner-coordinator)"
P_RESPONDENT="$(partner_token partner-respondent)"
P_OUTSIDER="$(partner_token partner-coordinator-veneto)"

# The partner realm's tokens really are shaped differently: groups and org.id, no organisation or realm role.
P_CLAIMS="$(python3 -c 'import base64,json,sys
try:
    part = sys.stdin.read().strip().split(".")[1]
    c = json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))
    print(c["iss"].rsplit("/", 1)[-1], ",".join(c.get("groups", [])), c.get("org", {}).get("id", ""),
          "organisation" in c, "od4g-api" in (c["aud"] if isinstance(c["aud"], list) else [c["aud"]]))
except Exception as e: print("unreadable", e)' <<<"$P_PUBLISHER")"
if [[ -n "$P_PUBLISHER" && -n "$P_COORDINATOR" && -n "$P_RESPONDENT" && -n "$P_OUTSIDER" \
      && "$P_CLAIMS" == "od4g-partner /od4g/publisher grand-est False True" ]]; then
  pass "identity: realm od4g-partner issues its users tokens with groups and org.id ($P_CLAIMS)"
else fail "identity: realm od4g-partner issues tokens with groups and org.id" "claims '$P_CLAIMS'"; fi

# catalog-service: a draft dataset, read back by its maker and by the suite realm's coordinator of the same organisation
call POST /api/datasets "$P_PUBLISHER" \
  '{"title":{"en":"Partner draft partnerdraft'"$TS"'","fr":"Brouillon partenaire"},"description":{"en":"Drafted with a token of the partner realm."},"themes":["GOVE"],"license":"ETALAB_2_0"}'
P_DRAFT_ID="$(json_field id <<<"$BODY_FULL")"
P_DRAFT_ORG="$(json_field organization <<<"$BODY_FULL")"
if [[ "$STATUS" == 201 && -n "$P_DRAFT_ID" && "$P_DRAFT_ORG" == grand-est ]]; then
  pass "identity: a partner publisher (group /od4g/publisher) drafts a dataset of grand-est (org.id): 201"
else fail "identity: a partner publisher drafts a dataset of grand-est: 201" "got $STATUS $BODY_OUT"; fi
call GET "/api/datasets/$P_DRAFT_ID" "$P_PUBLISHER"
expect "identity: the partner publisher reads its draft back: 200" 200
call GET "/api/datasets/$P_DRAFT_ID" "$(token coordinator-ge)"
expect "identity: grand-est's coordinator of the suite's realm sees the same draft: 200" 200
call GET "/api/datasets/$P_DRAFT_ID" "$P_OUTSIDER"
expect "identity: a partner-realm coordinator of veneto does not see grand-est's draft: 404 problem" 404 problem
call GET "/api/datasets?q=partnerdraft$TS" "$P_OUTSIDER"
total="$(json_field total <<<"$BODY_FULL")"
if [[ "$STATUS" == 200 && "$total" == 0 ]]; then pass "identity: nor does it find it in a search"
else fail "identity: veneto's partner coordinator does not find grand-est's draft" "got $STATUS total '$total'"; fi

# workshop-service: an event drafted by the partner coordinator; the partner publisher lacks the role
P_EVENT='{"title":{"en":"Partner workshop","fr":"Atelier partenaire"},"format":"WORKSHOP","startsAt":"2030-02-12T09:00:00Z","endsAt":"2030-02-12T10:00:00Z"}'
call POST /api/events "$P_COORDINATOR" "$P_EVENT"
P_EVENT_ORG="$(json_field organization <<<"$BODY_FULL")"
if [[ "$STATUS" == 201 && "$P_EVENT_ORG" == grand-est ]]; then
  pass "identity: a partner coordinator (group /od4g/coordinator) drafts an event of grand-est: 201"
else fail "identity: a partner coordinator drafts an event of grand-est: 201" "got $STATUS $BODY_OUT"; fi
call POST /api/events "$P_PUBLISHER" "$P_EVENT"
expect "identity: a partner publisher may not draft an event (no coordinator group): 403 problem" 403 problem

# assessment-service: the partner respondent lists its organisation's assessments (the demo's of grand-est)
call GET "/api/assessments?size=5" "$P_RESPONDENT"
total="$(json_field total <<<"$BODY_FULL")"
if [[ "$STATUS" == 200 && "${total:-0}" -ge 1 ]]; then
  pass "identity: a partner respondent lists grand-est's assessments: 200, $total"
else fail "identity: a partner respondent lists grand-est's assessments: 200, >= 1" "got $STATUS $BODY_OUT"; fi
call POST /api/campaigns "$P_RESPONDENT" '{}'
expect "identity: a partner respondent may not draft a campaign (a coordinator's step): 403 problem" 403 problem

# A realm nobody configured (Keycloak's master realm, local run's bootstrap admin): refused at the gateway
MASTER_TOKEN="$(curl -s --max-time 20 -d grant_type=password -d client_id=admin-cli -d username=admin -d password=admin \
  "${PARTNER_REALM_URL%/realms/*}/realms/master/protocol/openid-connect/token" | python3 -c 'import json,sys
try: print(json.load(sys.stdin)["access_token"])
except Exception: pass')"
if [[ -n "$MASTER_TOKEN" ]]; then
  call GET "/api/assessments" "$MASTER_TOKEN"
  expect "identity: a token of an issuer nobody configured (realm master): 401 problem" 401 problem
else fail "identity: a token of the master realm" "no token from the master realm"; fi
