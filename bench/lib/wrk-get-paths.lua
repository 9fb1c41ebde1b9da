-- GETs for wrk: the paths of PATHS_FILE (one a line) round-robin, each thread from its own place.
dofile(os.getenv("WRK_SCRIPTS") .. "/wrk-common.lua")
local paths = {}
for line in io.lines(os.getenv("PATHS_FILE")) do paths[#paths + 1] = line end
local threadCount = tonumber(os.getenv("THREADS"))

local next = 0
function init()
  next = math.floor((threadIndex() - 1) * #paths / threadCount)
end

function request()
  next = next % #paths + 1
  return wrk.format("GET", paths[next])
end
