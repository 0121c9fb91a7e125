# catalog-service part 2 through the gateway: the CKAN-compatible API over the demo catalogue (package_search with a
# query and an organization facet, package_show by name and by POST, CKAN's error shape), the metadata quality and URL
# checks of a dataset, the evidence endpoint of assessment-service, data requests by votes and a publication plan.
# Sourced by .ci/smoke (see README.md beside this file).

ckan_read() {  # ckan_read EXPR <<<"$BODY_FULL" -> the value of a Python expression over the JSON body `b`
  python3 -c 'import json,sys
try:
    b = json.load(sys.stdin); v = eval(sys.argv[1])
    print(v if v is not None else "")
except Exception: pass' "$1"
}

call GET '/api/3/action/package_search?q=qualite%20air&facet.field=%5B%22organization%22%5D&rows=5'
count="$(ckan_read 'b["result"]["count"]' <<<"$BODY_FULL")"
shape="$(ckan_read '",".join(k for k in ("help","success","result") if k in b) + "|" + ",".join(k for k in ("count","results","search_facets","facets","sort") if k in b["result"])' <<<"$BODY_FULL")"
facet="$(ckan_read 'b["result"]["search_facets"]["organization"]["items"][0]["name"]' <<<"$BODY_FULL")"
name="$(ckan_read 'b["result"]["results"][0]["name"]' <<<"$BODY_FULL")"
package_id="$(ckan_read 'b["result"]["results"][0]["id"]' <<<"$BODY_FULL")"
resource_ok="$(ckan_read 'all(r["package_id"] == b["result"]["results"][0]["id"] for r in b["result"]["results"][0]["resources"])' <<<"$BODY_FULL")"
if [[ "$STATUS" == 200 && "$shape" == "help,success,result|count,results,search_facets,facets,sort" && "${count:-0}" -ge 1 \
      && -n "$facet" && -n "$name" && "$resource_ok" == True ]]; then
  pass "catalog-ckan: package_search?q=qualite air&facet.field=[\"organization\"] answers CKAN's shape ($count datasets, first facet $facet)"
else fail "catalog-ckan: package_search in CKAN's shape" "got $STATUS shape '$shape' count '$count' facet '$facet' $BODY_OUT"; fi

if [[ -n "$name" ]]; then
  call GET "/api/3/action/package_show?id=$name"
  shown="$(ckan_read 'b["result"]["id"]' <<<"$BODY_FULL")"
  if [[ "$STATUS" == 200 && "$shown" == "$package_id" ]]; then pass "catalog-ckan: package_show by CKAN name ($name) is the same package"
  else fail "catalog-ckan: package_show by name" "got $STATUS id '$shown' $BODY_OUT"; fi
  call POST /api/3/action/package_show "" '{"id": "'"$package_id"'"}'
  shown="$(ckan_read 'b["result"]["name"]' <<<"$BODY_FULL")"
  if [[ "$STATUS" == 200 && "$shown" == "$name" ]]; then pass "catalog-ckan: POST /api/3/action/package_show with a JSON body, by id"
  else fail "catalog-ckan: POST /api/3/action/package_show" "got $STATUS name '$shown' $BODY_OUT"; fi
fi

call GET "/api/3/action/package_show?id=no-such-dataset-$TS"
error="$(ckan_read 'str(b["success"]) + " " + b["error"]["__type"]' <<<"$BODY_FULL")"
if [[ "$STATUS" == 404 && "$CTYPE" == application/json* && "$error" == "False Not Found Error" ]]; then
  pass "catalog-ckan: an unknown package is CKAN's 404 {success: false, error.__type: Not Found Error}"
else fail "catalog-ckan: unknown package in CKAN's error shape" "got $STATUS '$CTYPE' '$error' $BODY_OUT"; fi

call GET '/api/3/action/package_search?rows=many'
error="$(ckan_read 'b["error"]["__type"] + " " + b["error"]["rows"][0]' <<<"$BODY_FULL")"
if [[ "$STATUS" == 409 && "$error" == "Validation Error Invalid integer" ]]; then
  pass "catalog-ckan: rows=many is CKAN's 409 Validation Error naming rows"
else fail "catalog-ckan: rows=many as CKAN's validation error" "got $STATUS '$error' $BODY_OUT"; fi

if [[ -n "$package_id" ]]; then
  call GET "/api/datasets/$package_id/quality"
  quality="$(ckan_read 'str(b["score"]) + " " + b["rating"] + " " + str(len(b["dimensions"]))' <<<"$BODY_FULL")"
  if [[ "$STATUS" == 200 && "$quality" == *" 5" ]]; then pass "catalog-ckan: the dataset's metadata quality (MQA): $quality dimensions"
  else fail "catalog-ckan: GET /api/datasets/{id}/quality" "got $STATUS '$quality' $BODY_OUT"; fi
fi

call GET /api/organizations/grand-est/evidence
evidence="$(ckan_read '"%s %s %s" % (b["publishedDatasets"], b["openLicenceShare"], b["averageQualityRating"])' <<<"$BODY_FULL")"
if [[ "$STATUS" == 200 && "$evidence" =~ ^[1-9][0-9]*\ [01](\.[0-9]+)?\ (excellent|good|sufficient|bad)$ ]]; then
  pass "catalog-ckan: evidence of grand-est for assessment-service: $evidence"
else fail "catalog-ckan: GET /api/organizations/grand-est/evidence" "got $STATUS '$evidence' $BODY_OUT"; fi
call GET "/api/organizations/nobody-$TS/evidence"
expect "catalog-ckan: evidence of an unknown organisation: 404 problem" 404 problem

if [[ -n "$package_id" ]]; then
  call GET "/api/datasets/$package_id/url-checks"
  checks="$(ckan_read '",".join(sorted(set(c["state"] for c in b)))' <<<"$BODY_FULL")"
  if [[ "$STATUS" == 200 && -n "$checks" ]]; then pass "catalog-ckan: the URL checks of a dataset are shown ($checks)"
  else fail "catalog-ckan: GET /api/datasets/{id}/url-checks" "got $STATUS '$checks' $BODY_OUT"; fi
fi

call GET /api/data-requests
top="$(ckan_read '"%s %s" % (b["total"], b["items"][0]["votes"])' <<<"$BODY_FULL")"
if [[ "$STATUS" == 200 && "$top" =~ ^[1-9][0-9]*\ [0-9]+$ ]]; then pass "catalog-ckan: data requests listed by votes (total, votes of the first: $top)"
else fail "catalog-ckan: GET /api/data-requests" "got $STATUS '$top' $BODY_OUT"; fi
call GET /api/organizations/grand-est/plan-progress
plan="$(ckan_read '"%s planned, %s done, %s late" % (b["planned"], b["done"], b["late"])' <<<"$BODY_FULL")"
if [[ "$STATUS" == 200 && -n "$plan" ]]; then pass "catalog-ckan: Grand Est's publication plan: $plan"
else fail "catalog-ckan: GET /api/organizations/grand-est/plan-progress" "got $STATUS $BODY_OUT"; fi
