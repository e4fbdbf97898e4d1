#!/usr/bin/env bash
# End-to-end test of the Linux installer, for CI (it installs and removes a system package: run as root on a
# throw-away machine). Builds the .deb, installs it, starts the server distribution, opens an invitation link with
# xdg-open under Xvfb, checks that the installed app received it, that a second link reaches the same running app,
# takes a screenshot, then purges the package and checks that nothing is left behind.
#   packaging/src/test/installed-app-test.sh [path/to/coms_*.deb]
set -euo pipefail
root=$(cd "$(dirname "$0")/../../.." && pwd)
out="$root/packaging/target/installer-test"
rm -rf "$out" && mkdir -p "$out"
log() { echo "installer-test: $*"; }
fail() { echo "installer-test: FAILED: $*" >&2; exit 1; }
[ "$(id -u)" -eq 0 ] || fail "must run as root (it installs a system package)"

# Other package operations on the machine hold the dpkg lock for a while: wait for it.
purge() { apt-get purge -o DPkg::Lock::Timeout=300 -y -qq coms; }

pids=()
home=
cleanup() {
  local pid
  local all=("${pids[@]}" $(pgrep -f '^/opt/coms/bin/Coms'))
  for pid in "${all[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${all[@]}"; do # let them finish before their files go
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  done
  if dpkg -s coms >/dev/null 2>&1; then purge >/dev/null 2>&1 || true; fi
  [ -z "$home" ] || rm -rf "$home"
}
trap cleanup EXIT

wait_for() { # wait_for SECONDS DESCRIPTION COMMAND...
  local seconds=$1 what=$2; shift 2
  local deadline=$((SECONDS + seconds))
  until "$@"; do
    [ $SECONDS -lt $deadline ] || fail "timed out after ${seconds}s waiting for: $what"
    sleep 0.3
  done
}

# 1. The installer and the server distribution.
deb=${1:-}
if [ -z "$deb" ]; then
  log "building the .deb and the server distribution"
  (cd "$root" && mvn -B -q -Pinstallers -DskipTests -Dcoms.installer.types=deb package -pl packaging -am)
  deb=$(ls "$root"/packaging/target/installers/coms_*.deb)
fi
deb=$(readlink -f "$deb") # apt-get takes a local file only as a path with a slash
dist=$(ls "$root"/packaging/target/coms-server-*.tar.gz)

# 2. Install.
if dpkg -s coms >/dev/null 2>&1; then purge >/dev/null; fi
log "installing $(basename "$deb")"
apt-get install -o DPkg::Lock::Timeout=300 -y -qq --no-install-recommends "$deb" >"$out/apt-install.log" 2>&1 \
  || { cat "$out/apt-install.log"; fail "apt-get install"; }
[ -x /opt/coms/bin/Coms ] || fail "no /opt/coms/bin/Coms"
[ -f /usr/share/applications/coms-Coms.desktop ] || fail "no .desktop in /usr/share/applications"
handler=$(xdg-mime query default x-scheme-handler/coms)
[ "$handler" = coms-Coms.desktop ] || fail "coms:// is handled by '$handler', not Coms"

# 3. A private home, display and server for the app.
home=$(mktemp -d)
export HOME=$home XDG_RUNTIME_DIR=$home/run XDG_STATE_HOME=$home/state XDG_CACHE_HOME=$home/cache
export XDG_DATA_HOME=$home/data XDG_CONFIG_HOME=$home/config
mkdir -m 700 -p "$XDG_RUNTIME_DIR"
display=77
while [ -e "/tmp/.X$display-lock" ]; do display=$((display + 1)); done
Xvfb ":$display" -screen 0 1280x800x24 -nolisten tcp >"$out/xvfb.log" 2>&1 &
pids+=($!)
export DISPLAY=":$display"
wait_for 20 "Xvfb" test -e "/tmp/.X11-unix/X$display"

tar -xzf "$dist" -C "$home"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
SERVER_PORT=$port "$home"/coms-server-*/bin/coms-server >"$out/server.log" 2>&1 &
pids+=($!)
server="http://127.0.0.1:$port"
wait_for 60 "the server distribution on port $port" curl -fs -o /dev/null "$server/api/time"
curl -fsS "$server/m/k7m2x9q4tp" | grep -q 'data-app-link="coms://meeting/k7m2x9q4tp' \
  || fail "the server's invitation page does not link to the app"
export COMS_SERVER=$server

# 4. Open a link: the installed app starts and opens it.
applog=$XDG_STATE_HOME/coms/coms.log
server_param=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$server")
link1="coms://meeting/k7m2x9q4tp?server=$server_param&p=SECRET-PASS"
link2="coms://meeting/second2meeting?server=$server_param"
log "xdg-open $link1"
xdg-open "$link1" >"$out/xdg-open-1.log" 2>&1 &
pids+=($!)
wait_for 90 "the app to log the first link" grep -qs "Opening invite link coms://meeting/k7m2x9q4tp" "$applog"
app_pid=$(pgrep -f -n '^/opt/coms/bin/Coms') || fail "no Coms process"
pids+=("$app_pid")
sleep 2 # let the window paint before the screenshot (a picture only; nothing is asserted on it)
command -v import >/dev/null && import -window root "$out/installed-app-first-link.png"

# 5. A second link reaches the same running app; the second process exits.
log "xdg-open $link2"
timeout 60 xdg-open "$link2" >"$out/xdg-open-2.log" 2>&1 || fail "the second launch did not exit"
wait_for 30 "the running app to log the second link" \
  grep -qs "Opening invite link coms://meeting/second2meeting" "$applog"
# The second process logs to coms.log.1 while the first holds coms.log.
grep -qs "Handed launch arguments to the running Coms (acknowledged)" "$applog".1 || fail "no hand-off logged"
[ "$(pgrep -c -f '^/opt/coms/bin/Coms')" -eq 1 ] || fail "more than one Coms process runs"
kill -0 "$app_pid" || fail "the first app exited"
command -v import >/dev/null && { sleep 1; import -window root "$out/installed-app-second-link.png"; }
if grep -qs "SECRET-PASS" "$applog" "$applog".1; then fail "the passcode appears in the log"; fi
cp "$applog" "$out/app.log"; cp "$applog".1 "$out/app-second-launch.log"

# 6. Quit and uninstall: nothing is left behind.
kill "$app_pid"
wait_for 20 "the app to exit" bash -c "! kill -0 $app_pid 2>/dev/null"
[ ! -e "$XDG_RUNTIME_DIR/coms/coms.sock" ] || fail "the single-instance socket was left behind"
log "purging the package"
purge >"$out/apt-purge.log" 2>&1 || { cat "$out/apt-purge.log"; fail "apt-get purge"; }
[ ! -e /opt/coms ] || fail "/opt/coms is left behind: $(find /opt/coms | head)"
[ ! -e /usr/share/applications/coms-Coms.desktop ] || fail "the .desktop file is left behind"
if grep -qs "coms-Coms.desktop" /usr/share/applications/mimeinfo.cache; then fail "the coms:// handler is still registered"; fi
[ -z "$(xdg-mime query default x-scheme-handler/coms)" ] || fail "xdg-mime still knows a coms:// handler"
log "passed (screenshots and logs in $out)"
