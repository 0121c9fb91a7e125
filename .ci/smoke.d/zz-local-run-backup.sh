# ./od4g backup and ./od4g restore round trip (runs last: it puts the databases back as they were at the backup).
# An organisation registered after the backup is gone after the restore; one registered before is still there.
wait_for_status() {  # wait_for_status PATH STATUS: the services reconnect to PostgreSQL after its restart
  local i
  for ((i = 0; i < 30; i++)); do call GET "$1"; [[ "$STATUS" == "$2" ]] && return 0; sleep 2; done
  return 1
}
if BACKUP_OUT="$(./od4g backup 2>&1)"; then
  BACKUP_FILE="$(sed -n 's/^backup written: \(.*\) (.*/\1/p' <<<"$BACKUP_OUT")"
  pass "./od4g backup -> $BACKUP_FILE"
  if wait_for_status "/api/organizations/smoke-$TS" 200; then pass "the suite answers again after the backup"
  else fail "the suite answers again after the backup" "got $STATUS $BODY_OUT"; fi
  call POST /api/organizations "$ADMIN_TOKEN" '{"slug":"after-backup-'"$TS"'","name":"Registered after the backup","kind":"AGENCY"}'
  expect "an organisation registered after the backup" 201
  BACKUP_LIST="$(tar -tzf "$BACKUP_FILE")"
  if grep -q 'keycloak-realm-od4g.json' <<<"$BACKUP_LIST"; then pass "the backup holds the Keycloak realm export"
  else fail "the backup holds the Keycloak realm export" "$BACKUP_LIST"; fi
  if ./od4g restore "$BACKUP_FILE" >/tmp/od4g-smoke-restore.log 2>&1; then
    pass "./od4g restore"
    if wait_for_status "/api/organizations/smoke-$TS" 200; then pass "after the restore, the organisation registered before the backup is there"
    else fail "after the restore, the organisation registered before the backup is there" "got $STATUS $BODY_OUT"; fi
    call GET "/api/organizations/after-backup-$TS"
    expect "after the restore, the organisation registered after the backup is gone" 404 problem
  else
    fail "./od4g restore" "$(tail -n 5 /tmp/od4g-smoke-restore.log)"
  fi
else
  fail "./od4g backup" "$(tail -n 5 <<<"$BACKUP_OUT")"
fi
