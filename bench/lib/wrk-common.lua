-- What both wrk scripts share: each thread's index (1..THREADS), and the figures printed as one JSON line.
local setupCount = 0
function setup(thread)
  setupCount = setupCount + 1
  thread:set("index", setupCount)
end

function threadIndex()
  return tonumber(wrk.thread:get("index"))
end

function done(summary, latency)
  local errors = summary.errors
  io.write(string.format(
    '{"requests":%d,"durationUs":%d,"non2xx":%d,"socketErrors":%d,"p50Us":%d,"p99Us":%d}\n',
    summary.requests, summary.duration, errors.status, errors.connect + errors.read + errors.write + errors.timeout,
    latency:percentile(50), latency:percentile(99)))
end
