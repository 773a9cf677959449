# Shared by the LAMA boot image's scripts (busybox ash). Sourced, not run.
RUN=/run/lama
# One status line on the console, prefixed so it stands out from kernel and lama lines.
say() { echo "lama-init: $*"; }
# Seconds since the kernel started (e.g. 9.84): the boot's phases are stamped with it.
uptime_s() { cut -d' ' -f1 /proc/uptime; }
# The wall clock as lama's log lines print it (UTC HH:MM:SS.mmm), to line them up with uptime_s.
clock_hms() { adjtimex | awk '/tv_sec/ { s = $2 } /tv_usec/ { u = $2 } END { d = s % 86400; printf "%02d:%02d:%02d.%03d", d / 3600, d % 3600 / 60, d % 60, u / 1000 }'; }
# One "lama-init: boot: … at 9.84 s" line: where a boot phase ended (bench/boot.ts reads them).
mark() { say "boot: $* at $(uptime_s) s"; }
# First 8 hex digits of sha256(pool key bytes); grand's key file gives the same with
#   base64 -d < pool.key | sha256sum | cut -c1-8
key_fingerprint() { base64 -d < "$RUN/pool.key" 2>/dev/null | sha256sum | cut -c1-8; }
# Addresses DHCP gave us, one "ifname ip" per line, sorted.
current_addresses() { cat "$RUN"/net/*.up 2>/dev/null | sort; }
