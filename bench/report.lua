-- wrk script for bench/run and bench/support: sends the request a browser would (gzip accepted), counts every answer
-- that is not 2xx (wrk's own "Non-2xx or 3xx" tally counts only status >= 400, so a redirect to the login page would
-- go unnoticed), and prints one machine-readable line with exact percentiles from wrk's latency histogram.
--
-- Optional, from the environment (bench/support sets them for its POSTs; headers such as Cookie, Authorization or
-- Content-Type come from wrk's -H options):
--   BENCH_METHOD           the method (default GET);
--   BENCH_BODIES           files, separated by spaces, whose contents are sent as bodies in turn, one per request;
--   BENCH_EXPECT_REDIRECT  a Lua pattern: then the only good answer is a redirect (3xx) whose Location matches it,
--                          and anything else counts as bad, 2xx included (a form refused comes back as a 200 page).

wrk.headers["Accept-Encoding"] = "gzip"
if not wrk.headers["Accept"] then
  wrk.headers["Accept"] = "text/html,application/xhtml+xml,text/css,*/*;q=0.8"
end

local method = os.getenv("BENCH_METHOD")
if method and method ~= "" then wrk.method = method end

local bodies = {}
for path in (os.getenv("BENCH_BODIES") or ""):gmatch("%S+") do
  local file = assert(io.open(path, "rb"))
  table.insert(bodies, file:read("*a"))
  file:close()
end

local expect_redirect = os.getenv("BENCH_EXPECT_REDIRECT")
if expect_redirect == "" then expect_redirect = nil end

-- Each wrk thread runs its own Lua state: keep the thread objects so done() can add up their counters.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

local prepared, sent = {}, 0

function init(args)
  not2xx = 0
  first_bad = 0
  -- The requests with bodies are formatted once (wrk.init has set the Host header by now), then sent in turn.
  for _, body in ipairs(bodies) do
    table.insert(prepared, wrk.format(nil, nil, nil, body))
  end
end

if #bodies > 0 then
  function request()
    sent = sent + 1
    return prepared[(sent - 1) % #prepared + 1]
  end
end

function response(status, headers, body)
  local good
  if expect_redirect then
    local location = headers["Location"] or headers["location"] or ""
    good = status >= 300 and status <= 399 and location:find(expect_redirect) ~= nil
  else
    good = status >= 200 and status <= 299
  end
  if not good then
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
    "BENCH_RESULT requests=%d duration_us=%d bytes=%d p50_us=%d p90_us=%d p95_us=%d p99_us=%d max_us=%d " ..
    "mean_us=%.0f not2xx=%d bad_status=%d err_connect=%d err_read=%d err_write=%d err_timeout=%d\n",
    summary.requests, summary.duration, summary.bytes,
    latency:percentile(50), latency:percentile(90), latency:percentile(95), latency:percentile(99), latency.max,
    latency.mean, bad, bad_status, e.connect, e.read, e.write, e.timeout))
end
