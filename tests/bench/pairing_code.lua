-- wrk script: POST /pos/pairing-code spread over DEVICES provisioned devices (POS-B0000000 upwards),
-- so the per-device limit of 10 codes a minute is not what gets measured.
local devices = tonumber(os.getenv("DEVICES") or "50000")
local counter = 0
local offset = 0

function setup(thread)
  thread:set("offset", offset)
  offset = offset + 1
end

function request()
  counter = counter + 1
  local index = (counter * 2 + offset) % devices
  return wrk.format("POST", "/pos/pairing-code", {
    ["X-Device-Id"] = string.format("POS-B%07X", index),
    ["User-Agent"] = "Viopay-POS/1.4.2 (Android 12; PAX-A920)",
    ["X-Client-Type"] = "pos",
  }, "")
end
