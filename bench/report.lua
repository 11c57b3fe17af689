-- wrk script for bench/run: sends the request a browser would (gzip accepted), counts every answer that is not
-- 2xx (wrk's own "Non-2xx or 3xx" tally counts only status >= 400, so a redirect to the login page would go
-- unnoticed), and prints one machine-readable line with exact percentiles from wrk's latency histogram.

wrk.headers["Accept-Encoding"] = "gzip"
wrk.headers["Accept"] = "text/html,application/xhtml+xml,text/css,*/*;q=0.8"

-- Each wrk thread runs its own Lua state: keep the thread objects so done() can add up their counters.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  not2xx = 0
  first_bad = 0
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    not2xx = not2xx + 1
    if first_bad == 0 then first_bad = status end
  end
end

function done(summary, latency, requests)
  local bad, bad_status = 0, 0
  for _, t in ipairs(threads) do
    bad = bad + t:get("not2xx")
    local s = t:get("first_bad")
    if s ~= 0 then bad_status = s end
  end
  local e = summary.errors
  -- Latencies are in microseconds.
  io.write(string.format(
    "BENCH_RESULT requests=%d duration_us=%d bytes=%d p50_us=%d p90_us=%d p99_us=%d max_us=%d mean_us=%.0f " ..
    "not2xx=%d bad_status=%d err_connect=%d err_read=%d err_write=%d err_timeout=%d\n",
    summary.requests, summary.duration, summary.bytes,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max, latency.mean,
    bad, bad_status, e.connect, e.read, e.write, e.timeout))
end
