#!/bin/sh
# Rebuilds the portal from its repository and publishes it, all or nothing.
# Run it after every change to main, and daily just after midnight Việt Nam
# time so that news dated today and the current campaign appear on their day:
#
#   CRON_TZ=Asia/Ho_Chi_Minh
#   5 0 * * *  /srv/cong-thong-tin/repo/deploy/rebuild.sh >> /var/log/cong-thong-tin.log 2>&1
#
# Layout: $PORTAL_HOME/repo (a clone of the repository), $PORTAL_HOME/releases
# (one folder per build) and $PORTAL_HOME/current (the release nginx serves).
# A failed build leaves no dist/ and changes nothing that is served.
set -eu
home=${PORTAL_HOME:-/srv/cong-thong-tin}
cd "$home/repo"
git pull --ff-only
npm ci --no-audit --no-fund
npm run build
release="$home/releases/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$home/releases"
cp -a dist "$release"
ln -sfn "$release" "$home/current.next"
mv -Tf "$home/current.next" "$home/current"
# Keep the five latest releases, to roll back by pointing current at one.
ls -1dt "$home"/releases/* | tail -n +6 | xargs -r rm -rf
echo "Đã đăng bản dựng $release"
