-- wrk script: respondents autosave and submit assessments through the gateway.
-- Each slot walks one assessment through: start (POST /api/assessments) -> `parts` saves of part of the answers
-- (PUT /api/assessments/{id}/answers with If-Match) -> submit (POST /api/assessments/{id}/submit with If-Match),
-- then starts a new one. A response is matched to its slot by the assessment id in its body (the assessment, or
-- the problem's instance path), its ETag gives the next If-Match. Stops after `max` assessments have been started.
--
-- wrk -t1 -c4 -d10s -s save-submit.lua URL -- TOKEN BODY_DIR PARTS MAX SLOTS
-- BODY_DIR holds start.json and answers-1.json … answers-PARTS.json (written by ./run).

local token, dir, parts, max, slot_count
local slots = {}
local started, sent = 0, 0
local counts = {}

local function read(path)
  local file = assert(io.open(path, "r"))
  local text = file:read("*a")
  file:close()
  return text
end

local bodies = {}

function init(args)
  token = args[1]
  dir = args[2]
  parts = tonumber(args[3])
  max = tonumber(args[4])
  slot_count = tonumber(args[5])
  bodies.start = read(dir .. "/start.json")
  for i = 1, parts do
    bodies[i] = read(dir .. "/answers-" .. i .. ".json")
  end
  for i = 1, slot_count do
    slots[i] = { id = nil, version = nil, step = 0, busy = false, starting = false }
  end
end

local function headers(ifmatch)
  local h = { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }
  if ifmatch then
    h["If-Match"] = '"' .. ifmatch .. '"'
  end
  return h
end

local function count(kind, status)
  local key = kind .. ":" .. status
  counts[key] = (counts[key] or 0) + 1
end

function request()
  for _, slot in ipairs(slots) do
    if not slot.busy then
      if slot.id == nil then
        if started < max then
          started = started + 1
          slot.busy, slot.starting = true, true
          sent = sent + 1
          return wrk.format("POST", "/api/assessments", headers(nil), bodies.start)
        end
      elseif slot.step < parts then
        slot.busy = true
        sent = sent + 1
        return wrk.format("PUT", "/api/assessments/" .. slot.id .. "/answers", headers(slot.version),
          bodies[slot.step + 1])
      else
        slot.busy = true
        sent = sent + 1
        return wrk.format("POST", "/api/assessments/" .. slot.id .. "/submit", headers(slot.version), "")
      end
    end
  end
  -- every assessment is started and the others are in flight or done: stop this thread
  wrk.thread:stop()
  return wrk.format("GET", "/q/health/live")
end

local function find(body)
  local id = body:match('"id"%s*:%s*"([%x%-]+)"') or body:match("/api/assessments/([%x%-]+)")
  if id then
    for _, slot in ipairs(slots) do
      if slot.id == id then
        return slot, id
      end
    end
  end
  return nil, id
end

function response(status, hdrs, body)
  local etag = hdrs["ETag"] or hdrs["Etag"] or hdrs["etag"]
  local version = etag and etag:match('"(%d+)"')
  local slot, id = find(body or "")
  if slot == nil and status == 201 then
    for _, candidate in ipairs(slots) do
      if candidate.starting then
        slot = candidate
        break
      end
    end
  end
  if slot == nil then
    count("unmatched", status)
    return
  end
  local kind = slot.starting and "start" or (slot.step < parts and "save" or "submit")
  count(kind, status)
  slot.busy = false
  if status == 201 and slot.starting then
    slot.starting, slot.id, slot.version, slot.step = false, id, version or "0", 0
  elseif status == 200 and kind == "save" then
    slot.version, slot.step = version, slot.step + 1
  elseif status == 200 and kind == "submit" then
    slot.id, slot.version, slot.step = nil, nil, 0
  elseif status == 429 or status == 503 then
    -- refused before the service changed anything: the same request again later
    if slot.starting then
      slot.starting = false
      started = started - 1
    end
  else
    -- 412, 409, 5xx …: give this assessment up, start another
    slot.starting, slot.id, slot.version, slot.step = false, nil, nil, 0
  end
end

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function done(summary, latency, requests)
  local merged = {}
  for _, thread in ipairs(threads) do
    local text = thread:get("report") or ""
    for key, n in text:gmatch("([%w:]+)=(%d+)") do
      merged[key] = (merged[key] or 0) + tonumber(n)
    end
  end
  local keys = {}
  for key in pairs(merged) do
    table.insert(keys, key)
  end
  table.sort(keys)
  local statuses = {}
  for _, key in ipairs(keys) do
    table.insert(statuses, string.format('"%s": %d', key, merged[key]))
  end
  io.write(string.format(
    'RESULT {"requests": %d, "seconds": %.3f, "rps": %.1f, "p50_ms": %.2f, "p95_ms": %.2f, "p99_ms": %.2f, '
      .. '"max_ms": %.2f, "socket_errors": %d, "statuses": {%s}}\n',
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    table.concat(statuses, ", ")))
end

-- the thread's counts, read by done() in the main state
local function publish()
  local text = {}
  for key, n in pairs(counts) do
    table.insert(text, key .. "=" .. n)
  end
  wrk.thread:set("report", table.concat(text, ","))
end

local respond = response
response = function(status, hdrs, body)
  respond(status, hdrs, body)
  publish()
end
