-- wrk script of bench/load/run: GET the paths listed in $LOAD_PATHS in turn, or (LOAD_MODE=register) POST one
-- registration per request, each for a new person, on the session $LOAD_SESSION. $LOAD_TOKEN, when set, is sent as a
-- bearer token. At the end prints one line "RESULT {json}": requests, seconds, latency percentiles (ms), statuses.
local threads = {}
local next_id = 0

function setup(thread)
  next_id = next_id + 1
  thread:set("id", next_id)
  table.insert(threads, thread)
end

function init(args)
  mode = os.getenv("LOAD_MODE") or "get"
  token = os.getenv("LOAD_TOKEN") or ""
  session = os.getenv("LOAD_SESSION") or ""
  stamp = os.getenv("LOAD_STAMP") or "0"
  paths = {}
  if mode == "get" then
    for line in io.lines(os.getenv("LOAD_PATHS")) do
      if line ~= "" then table.insert(paths, line) end
    end
  end
  n = 0
  codes = {}
end

function request()
  n = n + 1
  local headers = {}
  if token ~= "" then headers["Authorization"] = "Bearer " .. token end
  if mode == "register" then
    headers["Content-Type"] = "application/json"
    local body = string.format(
      '{"session":"%s","participant":{"name":"Load %d %d","email":"load-%s-%d-%d@example.org"}}',
      session, id, n, stamp, id, n)
    return wrk.format("POST", "/api/registrations", headers, body)
  end
  return wrk.format("GET", paths[(n % #paths) + 1], headers)
end

function response(status, headers, body)
  local key = tostring(status)
  codes[key] = (codes[key] or 0) + 1
end

function done(summary, latency, requests)
  local all = {}
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("codes")) do all[status] = (all[status] or 0) + count end
  end
  local parts = {}
  for status, count in pairs(all) do table.insert(parts, string.format('"%s":%d', status, count)) end
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format(
    'RESULT {"requests":%d,"seconds":%.3f,"p50":%.2f,"p95":%.2f,"p99":%.2f,"max":%.2f,"socketErrors":%d,"statuses":{%s}}\n',
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, errors, table.concat(parts, ",")))
end
