# The fault drills of deploy/faults/run against the running suite (issue "proof under pressure"): a service killed,
# Keycloak stopped, PostgreSQL restarted under a write load, SMTP down — each check with its measured timing. Runs
# near the end: the drills stop and restart parts of the suite (./od4g up brings each back).
if DRILLS_OUT="$(timeout 600 deploy/faults/run 2>&1)"; then DRILLS_RC=0; else DRILLS_RC=$?; fi
while IFS= read -r line; do
  case "$line" in
    "PASS  "*) pass "fault drill: ${line#PASS  }" ;;
    "FAIL  "*) fail "fault drill: ${line#FAIL  }" ;;
  esac
done <<<"$DRILLS_OUT"
if [[ "$DRILLS_RC" != 0 ]]; then fail "deploy/faults/run exits 0" "rc=$DRILLS_RC; $(tail -n 5 <<<"$DRILLS_OUT")"; fi
