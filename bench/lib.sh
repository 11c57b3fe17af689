# bench/lib.sh — what bench/run and bench/support share: logging, arithmetic, tools, the jar, instances started and
# stopped on free ports, readiness checks, wrk runs with CPU accounting, and Markdown tables. Sourced, never run.
#
# The sourcing script sets ROOT (the project root, also the working directory) before, and these variables before
# it calls the functions that use them: DURATION, WARMUP, CONNECTIONS, THREADS, JAVA_OPTS (an array), NO_BUILD,
# JAR, LUA, RESULTS_DIR, EXPECTED_SCHOOLS. Sourcing sets STAMP and RUN_START_MS, creates WORK (a temporary
# directory) and installs the exit trap that stops every instance started here.

RUN_START_MS=$(date +%s%3N)
STAMP=$(date -u +%Y-%m-%dT%H-%M-%SZ)

now_ms() { date +%s%3N; }
log() { printf '[bench %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() {
	log "ERROR: $*"
	exit 1
}
# Integer or decimal arithmetic done by awk, since bash has integers only.
calc() { awk "BEGIN { printf \"%s\", $1 }" /dev/null; }
ms() { calc "sprintf(\"%.1f\", $1 / 1000)"; }  # microseconds -> ms, one decimal
secs() { calc "sprintf(\"%.2f\", $1 / 1000)"; }  # milliseconds -> s, two decimals
verdict() { if [[ $(calc "($1) ? 1 : 0") == 1 ]]; then echo OK; else echo over; fi; }

# --- Tools: wrk and jq from Debian, installed if missing (the machine may be new).
ensure_tool() { # ensure_tool COMMAND [DEBIAN PACKAGE]
	command -v "$1" >/dev/null 2>&1 && return 0
	local package=${2:-$1}
	log "installing $package from Debian"
	if ! apt-get install -y -qq "$package" >/dev/null 2>&1; then
		apt-get update -qq >/dev/null && apt-get install -y -qq "$package" >/dev/null || die "cannot install $package"
	fi
}

# --- Instances we start, stopped on any exit (and only those: matched on our own PIDs).
WORK=$(mktemp -d "${TMPDIR:-/tmp}/numedu-bench.XXXXXX")
PIDS=()
FAILED=()

stop_instance() {
	local pid=$1 i
	kill -0 "$pid" 2>/dev/null || return 0
	kill -TERM "$pid" 2>/dev/null || true
	for ((i = 0; i < 200; i++)); do # graceful shutdown, at most 20 s
		kill -0 "$pid" 2>/dev/null || break
		sleep 0.1
	done
	kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
	wait "$pid" 2>/dev/null || true
}

cleanup() {
	local rc=$? pid
	trap - EXIT INT TERM
	for pid in ${PIDS[@]+"${PIDS[@]}"}; do stop_instance "$pid"; done
	if [[ $rc -ne 0 ]]; then
		# Keep the servers' logs of a failed run beside the results (bench/results/ is git-ignored).
		mkdir -p "$RESULTS_DIR"
		for f in "$WORK"/*/app.log; do
			[[ -f $f ]] && cp "$f" "$RESULTS_DIR/$STAMP-failed-$(basename "$(dirname "$f")").log"
		done
		log "failed (exit $rc); server logs copied to bench/results/$STAMP-failed-*.log"
	fi
	rm -rf "$WORK"
	exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# A free port: probed by connecting (refused = nobody listens). Below the kernel's ephemeral range (32768+) so an
# outgoing connection cannot hold it, and never 8080, where someone else's numedu may run.
USED_PORTS=" 8080 "
free_port() {
	local p i
	for ((i = 0; i < 500; i++)); do
		p=$((20000 + RANDOM % 12000))
		[[ $USED_PORTS == *" $p "* ]] && continue
		if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
			USED_PORTS+="$p "
			PORT=$p
			return 0
		fi
	done
	die "no free port found"
}

# start_instance NAME PORT [ENV=VALUE...] -- [APP ARGS...]: launches the jar in $WORK/NAME (so ./data is new) and
# sets PID and LAUNCH_MS. `exec` makes $! the java process itself. Its output goes to $WORK/NAME/app.log, appended
# to when the same NAME is started again.
start_instance() {
	local name=$1 port=$2 dir="$WORK/$1"
	shift 2
	local envs=()
	while [[ $# -gt 0 && $1 != -- ]]; do envs+=("$1"); shift; done
	[[ ${1:-} == -- ]] && shift
	mkdir -p "$dir"
	LAUNCH_MS=$(now_ms)
	(cd "$dir" && exec env ${envs[@]+"${envs[@]}"} java ${JAVA_OPTS[@]+"${JAVA_OPTS[@]}"} \
		-jar "$WORK/numedu.jar" --server.port="$port" "$@" >>"$dir/app.log" 2>&1) &
	PID=$!
	PIDS+=("$PID")
}

instance_died() {
	local name=$1
	log "last lines of the $name log:"
	tail -n 30 "$WORK/$name/app.log" >&2 || true
	die "the $name instance stopped (see above)"
}

# wait_for_200 NAME PID URL TIMEOUT_S: polls every 50 ms until URL answers 200.
wait_for_200() {
	local name=$1 pid=$2 url=$3 deadline=$(($(now_ms) + $4 * 1000)) code
	while :; do
		kill -0 "$pid" 2>/dev/null || instance_died "$name"
		code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$url" || true)
		[[ $code == 200 ]] && return 0
		(($(now_ms) < deadline)) || die "$url did not answer 200 within $4 s (last: $code)"
		sleep 0.05
	done
}

# wait_for_register NAME PID BASE_URL: the register is imported in the background after the server is up; polls
# its total until it reports EXPECTED_SCHOOLS schools, for at most 300 s.
wait_for_register() {
	local name=$1 pid=$2 base=$3 deadline=$(($(now_ms) + 300 * 1000)) total
	while :; do
		kill -0 "$pid" 2>/dev/null || instance_died "$name"
		total=$(curl -s --max-time 10 "$base/api/etablissements?taille=1" | jq -r '.total // empty' 2>/dev/null || true)
		[[ $total == "$EXPECTED_SCHOOLS" ]] && return 0
		(($(now_ms) < deadline)) || die "the register did not reach $EXPECTED_SCHOOLS schools within 300 s (last: ${total:-none})"
		sleep 0.1
	done
}

# --- The jar: rebuilt if missing or older than the sources, then copied so that a rebuild by someone else during
# the run cannot change the jar under a running instance. Sets JAR_TIME.
prepare_jar() {
	if [[ $NO_BUILD != 1 ]] && { [[ ! -f $JAR ]] || [[ -n $(find src/main pom.xml -newer "$JAR" -print -quit) ]]; }; then
		log "building $JAR (sources are newer or the jar is missing; about a minute)"
		# The jar plugin rewrites target/numedu.jar in place, which would pull the file from under any numedu already
		# running from it (someone else's, on 8080). Renaming it aside first keeps their open file intact; it is put
		# back if the build fails, so a broken tree does not leave the project without a jar.
		local prev=""
		if [[ -f $JAR ]]; then
			prev="$JAR.bench-prev.$$"
			mv "$JAR" "$prev"
		fi
		if ! ./mvnw -q -B -DskipTests package; then
			[[ -n $prev ]] && mv -f "$prev" "$JAR"
			die "the build failed (the previous jar, if any, is back in place)"
		fi
		[[ -n $prev ]] && rm -f "$prev"
	fi
	[[ -f $JAR ]] || die "$JAR is missing"
	cp "$JAR" "$WORK/numedu.jar"
	JAR_TIME=$(date -u -r "$JAR" +%Y-%m-%dT%H:%M:%SZ)
}

# Context for the report: another process busy on this 2-core machine skews every figure. Sets LOADAVG, COMMIT,
# JAVA_VERSION and OTHER_JAVA.
run_context() {
	LOADAVG=$(cut -d' ' -f1-3 /proc/loadavg)
	COMMIT=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
	[[ -n $(git status --porcelain -- src pom.xml 2>/dev/null || true) ]] && COMMIT+=" (with uncommitted changes in src/)"
	JAVA_VERSION=$(java -version 2>&1 | head -n 1)
	OTHER_JAVA=$(pgrep -x java 2>/dev/null | wc -l || true)
}

# --- Load: closed loop, fixed duration per URL, after a warm-up of the same URL (JIT, caches).
declare -A R # parsed wrk result of the current run

run_wrk() { # run_wrk SECONDS URL OUTFILE [--latency] [OTHER WRK OPTIONS...]
	local secs=$1 url=$2 out=$3
	shift 3
	# --timeout 10s: a slow answer must count in the latency, not vanish as a timeout.
	wrk -t "$THREADS" -c "$CONNECTIONS" -d "${secs}s" --timeout 10s "$@" -s "$LUA" "$url" >"$out" 2>&1 ||
		die "wrk failed on $url: $(tail -n 5 "$out")"
	local line kv
	line=$(grep '^BENCH_RESULT ' "$out" || true)
	[[ -n $line ]] || die "no result from wrk on $url: $(tail -n 5 "$out")"
	R=()
	for kv in ${line#BENCH_RESULT }; do R[${kv%%=*}]=${kv#*=}; done
}

# CPU accounting, because this machine is shared: the server's own CPU time per request barely depends on what
# else runs, and the CPU the rest of the machine used during a run tells how far its latencies are to be trusted.
CLK_TCK=$(getconf CLK_TCK)
proc_ticks() { # utime + stime of a process; the fields after the "(comm)" one, which may hold spaces
	local stat f
	stat=$(<"/proc/$1/stat")
	read -r -a f <<<"${stat##*) }"
	echo $((f[11] + f[12]))
}
machine_busy_ticks() { # all CPUs, busy = everything but idle and iowait
	local _cpu user nice system _idle _iowait irq softirq steal _rest
	read -r _cpu user nice system _idle _iowait irq softirq steal _rest </proc/stat
	echo $((user + nice + system + irq + softirq + steal))
}

# db_ticks: the CPU ticks used so far by a database server's processes serving the instance, when the database
# runs outside the instance. None here (0); bench/support defines it for PostgreSQL.
db_ticks() { echo 0; }

# measure K NAME PID LABEL URL [WRK OPTIONS...]: the warm-up then the measured run of URL on the instance NAME
# (process PID), with the wrk options given (headers); the result goes to row K of the L_* arrays below (label, req/s,
# percentiles, requests, failures, CPU). Answers that are not 2xx (or not what the Lua script expects) and socket
# errors are counted in L_BAD and listed in FAILED. W_GOOD[K] is the number of good answers during the warm-up.
declare -a L_LABEL L_RPS L_P50 L_P90 L_P95 L_P99 L_MAX L_REQS L_BAD L_GOOD L_CPU_REQ L_CPU_DB_REQ L_CPU_SERVER \
	L_CPU_DB L_CPU_OTHERS W_GOOD
measure() {
	local k=$1 name=$2 pid=$3 label=$4 url=$5
	shift 5
	local server0 busy0 db0 server_ticks busy_ticks db_ticks_used bad
	log "load: $label — warm-up ${WARMUP} s, then ${DURATION} s with $CONNECTIONS connections"
	run_wrk "$WARMUP" "$url" "$WORK/warmup-$k.txt" "$@"
	W_GOOD[k]=$((R[requests] - R[not2xx]))
	server0=$(proc_ticks "$pid") busy0=$(machine_busy_ticks) db0=$(db_ticks)
	run_wrk "$DURATION" "$url" "$WORK/wrk-$k.txt" --latency "$@"
	kill -0 "$pid" 2>/dev/null || instance_died "$name"
	server_ticks=$(($(proc_ticks "$pid") - server0)) busy_ticks=$(($(machine_busy_ticks) - busy0))
	db_ticks_used=$(($(db_ticks) - db0))
	((db_ticks_used >= 0)) || db_ticks_used=0
	# Per cent of one core over the measured run (200 = both cores); "others" includes wrk itself.
	L_CPU_SERVER[k]=$(calc "sprintf(\"%.0f\", 100 * $server_ticks / $CLK_TCK / (${R[duration_us]} / 1000000))")
	L_CPU_DB[k]=$(calc "sprintf(\"%.0f\", 100 * $db_ticks_used / $CLK_TCK / (${R[duration_us]} / 1000000))")
	L_CPU_OTHERS[k]=$(calc "sprintf(\"%.0f\", 100 * ($busy_ticks - $server_ticks - $db_ticks_used) / $CLK_TCK / (${R[duration_us]} / 1000000))")
	L_CPU_REQ[k]=$(calc "sprintf(\"%.2f\", ${R[requests]} > 0 ? 1000 * $server_ticks / $CLK_TCK / ${R[requests]} : 0)")
	L_CPU_DB_REQ[k]=$(calc "sprintf(\"%.2f\", ${R[requests]} > 0 ? 1000 * $db_ticks_used / $CLK_TCK / ${R[requests]} : 0)")
	bad=$((R[not2xx] + R[err_connect] + R[err_read] + R[err_write] + R[err_timeout]))
	if ((bad > 0)); then
		FAILED+=("$label: ${R[not2xx]} non-2xx answers (e.g. ${R[bad_status]}), socket errors connect ${R[err_connect]} read ${R[err_read]} write ${R[err_write]} timeout ${R[err_timeout]}")
	fi
	L_LABEL[k]=$label L_BAD[k]=$bad
	L_REQS[k]=${R[requests]} L_GOOD[k]=$((R[requests] - R[not2xx]))
	L_RPS[k]=$(calc "${R[requests]} / (${R[duration_us]} / 1000000)")
	L_P50[k]=${R[p50_us]} L_P90[k]=${R[p90_us]} L_P95[k]=${R[p95_us]} L_P99[k]=${R[p99_us]} L_MAX[k]=${R[max_us]}
	log "  $(printf '%.0f' "${L_RPS[k]}") req/s, p95 $(ms "${L_P95[k]}") ms, p99 $(ms "${L_P99[k]}") ms, server CPU ${L_CPU_SERVER[k]} %, rest of the machine ${L_CPU_OTHERS[k]} %"
}

# table: reads tab-separated rows (first = header) and pads the columns so that the Markdown reads as a table
# in a terminal too. A column whose header ends with ":" is right-aligned.
table() {
	awk -F'\t' '
		{ for (c = 1; c <= NF; c++) { cell[NR, c] = $c; if (length($c) > w[c]) w[c] = length($c) } if (NF > nf) nf = NF; n = NR }
		END {
			for (r = 1; r <= n; r++) {
				line = "|"
				for (c = 1; c <= nf; c++) {
					v = cell[r, c]; right = (cell[1, c] ~ /:$/)
					if (r == 1) sub(/:$/, "", v)
					line = line " " sprintf(right && r > 1 ? "%" w[c] "s" : "%-" w[c] "s", v) " |"
				}
				print line
				if (r == 1) {
					line = "|"
					for (c = 1; c <= nf; c++) {
						dash = ""; for (k = 0; k < w[c]; k++) dash = dash "-"
						if (cell[1, c] ~ /:$/) dash = substr(dash, 2) ":"
						line = line " " dash " |"
					}
					print line
				}
			}
		}'
}
