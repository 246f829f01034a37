-- wrk script: GET /pos/status spread over DEVICES provisioned devices (POS-B0000000 upwards),
-- with the headers the contract requires of every POS request; a plain status, no If-None-Match.
local devices = tonumber(os.getenv("DEVICES") or "50000")
local counter = 0
local threads = 0

-- Runs in the main state; "offset" becomes a global of each thread's own state, so the two
-- threads take the even and the odd devices.
function setup(thread)
  thread:set("offset", threads)
  threads = threads + 1
end

function request()
  counter = counter + 1
  local index = (counter * 2 + (offset or 0)) % devices
  return wrk.format("GET", "/pos/status", {
    ["X-Device-Id"] = string.format("POS-B%07X", index),
    ["User-Agent"] = "Viopay-POS/1.4.2 (Android 12; PAX-A920)",
    ["X-Client-Type"] = "pos",
  })
end
