#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with a fresh, unlocked gnome-keyring, so tests use
# the real OS keychain (libsecret through keytar) without touching the machine's own.
set -euo pipefail
if [ -z "${TELEQ_IN_PRIVATE_DBUS:-}" ]; then
  export TELEQ_IN_PRIVATE_DBUS=1
  exec dbus-run-session -- "$0" "$@"
fi
# A throw-away keyring home: nothing of a developer's real keyring is read or written.
export XDG_DATA_HOME="$(mktemp -d -t teleq-keyring-XXXXXX)"
trap 'rm -rf "$XDG_DATA_HOME"' EXIT
eval "$(printf 'teleq-test-keyring' | gnome-keyring-daemon --unlock --components=secrets --daemonize)"
export GNOME_KEYRING_CONTROL
"$@"
