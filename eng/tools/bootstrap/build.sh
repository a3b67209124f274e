#!/usr/bin/env bash
# Builds the portal's trimmed Bootstrap from Bootstrap's Sass sources: only the parts listed in
# eng/tools/bootstrap/portal.scss, into src/MigrationPortal.Web/wwwroot/lib/bootstrap/css/bootstrap.min.css, which is
# committed (the portal's build needs no Node and no network).
#
#   eng/tools/bootstrap/build.sh
#
# Bootstrap and the Sass compiler (Dart Sass, in JavaScript) are installed by npm into a scratch folder, at the
# versions below; nothing is written into the repository but the stylesheet and Bootstrap's licence beside it.
set -euo pipefail

bootstrap_version=5.3.9
sass_version=1.97.2

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
out=$root/src/MigrationPortal.Web/wwwroot/lib/bootstrap
work=$(mktemp -d /tmp/bootstrap-XXXXXX)
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm install --no-audit --no-fund --silent -E "bootstrap@$bootstrap_version" "sass@$sass_version" >/dev/null)
cp "$root/eng/tools/bootstrap/portal.scss" "$work/portal.scss"
# Bootstrap 5.3 is written with @import and global functions, which Dart Sass reports as deprecated: not ours to fix.
"$work/node_modules/.bin/sass" --style=compressed --no-source-map --load-path="$work/node_modules" --quiet-deps \
  --silence-deprecation=import --silence-deprecation=global-builtin --silence-deprecation=color-functions \
  "$work/portal.scss" "$out/css/bootstrap.min.css"
cp "$work/node_modules/bootstrap/LICENSE" "$out/LICENSE"
printf 'bootstrap.min.css: %s bytes\n' "$(wc -c <"$out/css/bootstrap.min.css")"
