-- wrk script: claims by bounding box and date window, as the page's "only in map view" ledger asks them.
-- Each request draws a box of about 1.0 x 0.6 degrees (a front sector, ~70 x 65 km) inside Ukraine and a
-- 7-day window within 2022-02-24 .. 2024-12-31, from a fixed seed so runs are comparable.
math.randomseed(20220224)

local first = os.time({ year = 2022, month = 2, day = 24, hour = 12 })
local days = 1040

local function day(offset)
  return os.date("!%Y-%m-%d", first + offset * 86400)
end

request = function()
  local lon = 22.2 + math.random() * 16.9
  local lat = 44.4 + math.random() * 7.3
  local start = math.random(0, days - 7)
  local path = string.format(
    "/api/claims?bbox=%.3f,%.3f,%.3f,%.3f&from=%s&to=%s&limit=50",
    lon, lat, lon + 1.0, lat + 0.6, day(start), day(start + 6))
  return wrk.format("GET", path)
end

local statuses = {}
response = function(status)
  statuses[status] = (statuses[status] or 0) + 1
end

done = function(summary, latency)
  io.write(string.format("requests %d, errors %d (connect %d, read %d, write %d, status %d, timeout %d)\n",
    summary.requests, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout,
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.status, summary.errors.timeout))
  io.write(string.format("throughput %.0f req/s; latency p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
