# catalog-service: the demo catalogue through the gateway — faceted search, DCAT-AP in Turtle, drafts kept private,
# a publisher refused the coordinator's step. Sourced by .ci/smoke (see README.md beside this file).

call GET "/api/datasets?size=5"
total="$(json_field total <<<"$BODY_FULL")"
facets="$(python3 -c 'import json,sys
try:
    f = json.load(sys.stdin)["facets"]
    print(",".join(k for k in ("theme","organization","format","license","keyword","hvdCategory","frequency") if f.get(k)))
except Exception: pass' <<<"$BODY_FULL")"
if [[ "$STATUS" == 200 && "${total:-0}" -ge 30 && "$facets" == "theme,organization,format,license,keyword,hvdCategory,frequency" ]]; then
  pass "catalog: anonymous search answers $total published datasets with facets ($facets)"
else fail "catalog: anonymous search with total >= 30 and facets" "got $STATUS total '$total' facets '$facets' $BODY_OUT"; fi

call GET "/api/datasets?q=qualite%20air&organization=grand-est"
first="$(python3 -c 'import json,sys
try: print(json.load(sys.stdin)["items"][0]["id"])
except Exception: pass' <<<"$BODY_FULL")"
if [[ "$STATUS" == 200 && -n "$first" ]]; then pass "catalog: accent-insensitive search 'qualite air' finds a Grand Est dataset"
else fail "catalog: search 'qualite air'" "got $STATUS $BODY_OUT"; fi

if [[ -n "$first" ]]; then
  turtle="$(curl -s --max-time 30 -H 'Accept: text/turtle' -w '\n%{http_code} %{content_type}' "$GATEWAY/api/datasets/$first")"
  if [[ "$(tail -n 1 <<<"$turtle")" == "200 text/turtle"* && "$turtle" == *"dcat:Dataset"* && "$turtle" == *"dcat:distribution"* ]]; then
    pass "catalog: GET /api/datasets/{id} with Accept: text/turtle is DCAT-AP"
  else fail "catalog: a dataset in Turtle" "$(tail -n 1 <<<"$turtle") $(head -c 200 <<<"$turtle")"; fi
fi

catalog="$(curl -s --max-time 60 -H 'Accept: text/turtle' -w '\n%{http_code}' "$GATEWAY/api/catalog?size=100")"
if [[ "$(tail -n 1 <<<"$catalog")" == 200 && "$catalog" == *"dcat:Catalog"* && "$catalog" == *"hydra:totalItems"* ]]; then
  pass "catalog: GET /api/catalog in Turtle is a DCAT-AP catalogue with Hydra paging"
else fail "catalog: GET /api/catalog in Turtle" "$(tail -n 1 <<<"$catalog") $(head -c 200 <<<"$catalog")"; fi

PUBLISHER_GE_TOKEN="$(token publisher-ge)"
call POST /api/datasets "$PUBLISHER_GE_TOKEN" \
  '{"title":{"en":"Smoke draft smokedraft'"$TS"'","fr":"Brouillon de test"},"description":{"en":"A draft of the smoke test."},"themes":["GOVE"],"license":"ETALAB_2_0"}'
expect "catalog: a publisher drafts a dataset: 201" 201
DRAFT_ID="$(json_field id <<<"$BODY_FULL")"; DRAFT_ETAG="$ETAG"
call GET "/api/datasets?q=smokedraft$TS"
total="$(json_field total <<<"$BODY_FULL")"
if [[ "$STATUS" == 200 && "$total" == 0 ]]; then pass "catalog: the draft is absent from anonymous search"
else fail "catalog: the draft is absent from anonymous search" "got $STATUS total '$total'"; fi
call GET "/api/datasets?q=smokedraft$TS" "$PUBLISHER_GE_TOKEN"
total="$(json_field total <<<"$BODY_FULL")"
if [[ "$STATUS" == 200 && "$total" == 1 ]]; then pass "catalog: its publisher finds the draft"
else fail "catalog: its publisher finds the draft" "got $STATUS total '$total'"; fi
call POST "/api/datasets/$DRAFT_ID/publish" "$PUBLISHER_GE_TOKEN" "" "$DRAFT_ETAG"
expect "catalog: a publisher may not publish (a coordinator's step): 403 problem" 403 problem
call POST "/api/datasets/$DRAFT_ID/submit" "$(token publisher-ve)" "" "$DRAFT_ETAG"
expect "catalog: another organisation's publisher does not see the draft: 404 problem" 404 problem
