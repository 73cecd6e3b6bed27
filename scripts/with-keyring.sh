#!/bin/sh
# Runs a command inside a throwaway D-Bus session with an unlocked gnome-keyring, so keytar talks
# to a real Secret Service in tests. Usage: sh scripts/with-keyring.sh CMD ARGS…
set -eu
export XDG_DATA_HOME="$(mktemp -d)"
export XDG_RUNTIME_DIR="$(mktemp -d)"
chmod 700 "$XDG_RUNTIME_DIR"
exec dbus-run-session -- sh -c '
  printf %s "fieldkey-test-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
  exec "$@"' sh "$@"
