-- Single disclosures for wrk, the same as ledger-writes.ts's disclosureBody: each with an id of its own
-- (thread, run, count), over COMPANIES companies named ingest-co-00000...
-- With ACKED_DIR set, each thread of each run writes the ids the server acknowledged (201, or 200 for a
-- retry) to a file of its own there, flushed at once, so that they survive a kill of the server mid-run.
dofile(os.getenv("WRK_SCRIPTS") .. "/wrk-common.lua")
local companies = tonumber(os.getenv("COMPANIES"))
local run = tonumber(os.getenv("RUN"))
local threadCount = tonumber(os.getenv("THREADS"))
local authorization = os.getenv("AUTHORIZATION")
local ackedDir = os.getenv("ACKED_DIR")

local index, sent, acked = 0, 0, nil
function init()
  index = threadIndex()
  if ackedDir then acked = assert(io.open(ackedDir .. "/acked-" .. run .. "-" .. index, "w")) end
end

function request()
  sent = sent + 1
  local n = sent * threadCount + index - 1
  local company = string.format("ingest-co-%05d", n % companies)
  local id = string.format("%08x-%04x-4000-8000-%012x", index, run, sent)
  local direction = (n % 2 == 1) and "up" or "down"
  local body = string.format(
    '{"disclosureId":"%s","type":"SharePriceMoved","occurredAt":"2025-03-14","disclosedAt":"2025-03-14T08:00:00Z",' ..
      '"source":{"kind":"news","publisher":"Bench Wire","url":"https://news.example.com/%s/%d"},' ..
      '"facts":{"direction":"%s","changePct":%.1f,"price":%d,"currency":"EUR","venue":"XPAR"}}',
    id, company, n, direction, (n % 97) / 10, 100 + n % 500)
  return wrk.format("POST", "/v1/companies/" .. company .. "/disclosures",
    { ["content-type"] = "application/json", ["authorization"] = authorization }, body)
end

if ackedDir then
  function response(status, headers, body)
    if status ~= 201 and status ~= 200 then return end
    for id in body:gmatch('"disclosureId":"([%x%-]+)"') do acked:write(id, "\n") end
    acked:flush()
  end
end
