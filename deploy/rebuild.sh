#!/bin/sh
# Rebuilds the portal from its repository and publishes it, all or nothing
# (the steps are in deploy/rebuild.mjs). Every trigger runs this script: the
# post-receive hook (deploy/hooks/post-receive), the CI templates (deploy/ci/),
# and the daily rebuild just after midnight Việt Nam time (deploy/systemd/,
# deploy/cron/), so that news dated today and the current campaign appear on
# their day.
#
#   deploy/rebuild.sh [COMMIT]     (default: the tip of the publishing branch)
#
# Settings come from $PORTAL_HOME/rebuild.env (PORTAL_HOME defaults to
# /srv/cong-thong-tin), one VAR=value a line, no quotes; a variable already in
# the environment (a CI variable) wins over the file:
#   SITE_URL=https://phongchongmatuy.example.gov.vn   required, the public address
#   PORTAL_BRANCH=main                                the publishing branch
# One rebuild at a time: a second waits for the first, then builds the tip.
set -eu
PORTAL_HOME=${PORTAL_HOME:-/srv/cong-thong-tin}
export PORTAL_HOME
if [ -f "$PORTAL_HOME/rebuild.env" ]; then
	while IFS= read -r line || [ -n "$line" ]; do
		case $line in '' | '#'*) continue ;; esac
		key=${line%%=*}
		case $key in '' | *[!A-Za-z0-9_]*) continue ;; esac
		eval "present=\${$key+yes}"
		[ "$present" = yes ] || export "$key=${line#*=}"
	done <"$PORTAL_HOME/rebuild.env"
fi
# Run from a git hook, git's variables would point every git command at the
# pushed-to repository instead of the clone that is built.
for variable in $(env | sed -n 's/^\(GIT_[A-Z_]*\)=.*/\1/p'); do
	unset "$variable"
done
mkdir -p "$PORTAL_HOME/state"
exec 9>"$PORTAL_HOME/state/rebuild.lock"
flock 9
# The project's Node 24 once it is installed; the server's own Node before the first install.
here=$(dirname "$0")
node=node
if [ -x "$PORTAL_HOME/repo/node_modules/.bin/node" ]; then
	node="$PORTAL_HOME/repo/node_modules/.bin/node"
fi
exec "$node" "$here/rebuild.mjs" "$@"
