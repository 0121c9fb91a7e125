# GDPR log scan, after the whole smoke scenario (named zz-log-* so that it runs after every other snippet, the
# backup/restore one included): every line the local run logged since the smoke started (.od4g/logs/, rotated files
# too; lines without a timestamp take their predecessor's, files without any are read whole when written during the
# run) must hold no personal data and no credential:
#   - no e-mail address of a demo or test person (the users of deploy/keycloak/*.json, every address in
#     deploy/demo/*.json), and no other address either, except the technical ones allow-listed below;
#   - no name of a demo person (first and last names of the realm users, the demo events' speakers and reuse authors);
#   - no token: no JWT fragment (eyJ…) and no "Bearer <credential>".
# The offending lines are printed with the data masked (file:line). greenmail.log is not read: GreenMail is the local
# stand-in for the operator's SMTP server, whose mail log records recipients by nature; its line count is reported.
# Sourced by .ci/smoke (never exits); can also be run on its own: bash .ci/smoke.d/zz-log-scan.sh [LOG_DIR].
if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  set -uo pipefail
  cd "$(dirname "${BASH_SOURCE[0]}")/../.."
  LOG_SCAN_STANDALONE=1 PASSED=0 FAILED=0
  pass() { PASSED=$((PASSED + 1)); printf 'PASS  %s\n' "$1"; }
  fail() { FAILED=$((FAILED + 1)); printf 'FAIL  %s%s\n' "$1" "${2:+ -- $2}"; }
fi

LOG_SCAN_DIR="${OD4G_LOG_DIR:-.od4g/logs}"
[[ -n "${LOG_SCAN_STANDALONE:-}" && -n "${1:-}" ]] && LOG_SCAN_DIR="$1"
# Technical addresses that are no person's: the workshops' sender, the demo organisations' contact mailboxes.
LOG_SCAN_ALLOW="workshops@od4g.test opendata@grandest.fr opendata@regione.veneto.it"
LOG_SCAN_OUT="$(python3 - "$LOG_SCAN_DIR" "${TS:-0}" "$LOG_SCAN_ALLOW" <<'PY'
import glob, json, os, re, sys, time

log_dir, since, allow = sys.argv[1], int(sys.argv[2] or 0), set(sys.argv[3].lower().split())
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
JWT = re.compile(r"eyJ[A-Za-z0-9_-]{6,}(?:\.[A-Za-z0-9_-]*){0,2}")
BEARER = re.compile(r"Bearer\s+[A-Za-z0-9._~+/-]{6,}=*", re.I)
STAMP = re.compile(r"^(\d{4}-\d\d-\d\d)[ T](\d\d:\d\d:\d\d)")

def walk(x, path=""):
    if isinstance(x, dict):
        for k, v in x.items():
            yield from walk(v, path + "." + k)
    elif isinstance(x, list):
        for v in x:
            yield from walk(v, path + "[]")
    else:
        yield path, x

people_emails, names = set(), set()
for f in glob.glob("deploy/keycloak/*.json"):
    for u in json.load(open(f, encoding="utf-8")).get("users", []):
        if u.get("email"):
            people_emails.add(u["email"].lower())
        full = " ".join(x for x in (u.get("firstName"), u.get("lastName")) if x)
        if " " in full:
            names.add(full)
for f in glob.glob("deploy/demo/*.json"):
    for path, v in walk(json.load(open(f, encoding="utf-8"))):
        if not isinstance(v, str):
            continue
        people_emails.update(m.lower() for m in EMAIL.findall(v))
        words = v.split()
        if path.endswith(("speakers[].name", "authorName")) and 2 <= len(words) <= 3 and all(w[0].isupper() for w in words):
            names.add(v)
people_emails -= allow
NAME = re.compile("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)), re.I) if names else None

def mask_email(m):
    local, _, domain = m.group(0).partition("@")
    return local[0] + "***@" + domain[0] + "***"
def mask(line):
    line = EMAIL.sub(lambda m: m.group(0) if m.group(0).lower() in allow else mask_email(m), line)
    line = JWT.sub("eyJ***", line)
    line = BEARER.sub("Bearer ***", line)
    if NAME:
        line = NAME.sub(lambda m: ".".join(w[0] for w in m.group(0).split()) + ".", line)
    return line

kinds = {"demo-email": [], "other-email": [], "name": [], "token": []}
files = lines = 0
skipped = {}
for f in sorted(glob.glob(os.path.join(log_dir, "*"))):
    if not os.path.isfile(f):
        continue
    base = os.path.basename(f)
    if base.startswith("greenmail."):
        with open(f, errors="replace") as fh:
            skipped[base] = sum(1 for _ in fh)
        continue
    if os.path.getmtime(f) < since:
        continue
    files += 1
    current = None  # the time of the last timestamped line
    with open(f, errors="replace") as fh:
        for number, line in enumerate(fh, 1):
            stamp = STAMP.match(line)
            if stamp:
                current = time.mktime(time.strptime(stamp.group(1) + " " + stamp.group(2), "%Y-%m-%d %H:%M:%S"))
            if current is not None and current < since - 1:
                continue
            lines += 1
            where = "%s:%d  %s" % (base, number, mask(line.rstrip())[:220])
            found = EMAIL.findall(line)
            if any(e.lower() in people_emails for e in found):
                kinds["demo-email"].append(where)
            elif any(e.lower() not in allow for e in found):
                kinds["other-email"].append(where)
            if NAME and NAME.search(line):
                kinds["name"].append(where)
            if JWT.search(line) or BEARER.search(line):
                kinds["token"].append(where)
print("SCANNED %d %d %d %d" % (files, lines, len(people_emails), len(names)))
for base, count in skipped.items():
    print("SKIPPED %s %d" % (base, count))
for kind, hits in kinds.items():
    print("KIND %s %d" % (kind, len(hits)))
    for where in hits[:8]:
        print("LINE %s %s" % (kind, where))
    if len(hits) > 8:
        print("LINE %s ... and %d more" % (kind, len(hits) - 8))
PY
)"
log_scan_check() {  # log_scan_check KIND TITLE
  local count lines
  count="$(sed -n "s/^KIND $1 //p" <<<"$LOG_SCAN_OUT")"
  lines="$(sed -n "s/^LINE $1 /    /p" <<<"$LOG_SCAN_OUT")"
  if [[ "$count" == 0 ]]; then pass "log scan: $2"
  else
    fail "log scan: $2" "$count line(s), masked:"
    printf '%s\n' "$lines"
  fi
}
log_scan_stats="$(sed -n 's/^SCANNED //p' <<<"$LOG_SCAN_OUT")"
if [[ -z "$log_scan_stats" ]]; then
  fail "log scan of $LOG_SCAN_DIR" "the scanner failed: $(tail -n 3 <<<"$LOG_SCAN_OUT")"
else
  read -r log_scan_files log_scan_lines log_scan_emails log_scan_names <<<"$log_scan_stats"
  echo "log scan: $log_scan_lines lines of $log_scan_files files in $LOG_SCAN_DIR, against $log_scan_emails demo e-mail addresses and $log_scan_names demo names"
  sed -n 's/^SKIPPED \([^ ]*\) \(.*\)/log scan: \1 not read (the mail sink: \2 lines)/p' <<<"$LOG_SCAN_OUT"
  if [[ "$log_scan_lines" -gt 0 ]]; then pass "log scan: the run's log lines were read ($log_scan_lines)"
  else fail "log scan: the run's log lines were read" "no line in $LOG_SCAN_DIR"; fi
  log_scan_check demo-email "no e-mail address of a demo or test person"
  log_scan_check other-email "no other e-mail address (allowed: $LOG_SCAN_ALLOW)"
  log_scan_check name "no name of a demo person"
  log_scan_check token "no token (JWT eyJ..., Bearer ...)"
fi

if [[ -n "${LOG_SCAN_STANDALONE:-}" ]]; then
  echo "$PASSED passed, $FAILED failed"
  [[ "$FAILED" == 0 ]]
fi
