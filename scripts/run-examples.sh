#!/usr/bin/env bash
# Runs every example against the packed package, as a user would get it: once as ESM, once as CommonJS.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$root"
[ -f dist/index.js ] || npm run build >/dev/null
tarball="$(npm pack --silent --pack-destination "$work" | tail -n 1)"
tsx="$root/node_modules/.bin/tsx"

for format in module commonjs; do
  dir="$work/$format"
  mkdir -p "$dir"
  printf '{ "name": "vnpolity-examples-%s", "private": true, "type": "%s" }\n' "$format" "$format" > "$dir/package.json"
  (cd "$dir" && npm install --no-audit --no-fund --silent "$work/$tarball" "zod@$(node -p 'require(process.argv[1]).version' "$root/node_modules/zod/package.json")" >/dev/null)
  for example in "$root"/examples/*.ts; do
    cp "$example" "$dir/"
    name="$(basename "$example")"
    echo "-- $name ($format)"
    (cd "$dir" && "$tsx" "$name" > "$dir/$name.out")
    head -n 5 "$dir/$name.out"
  done
done
echo "examples: all ran as ESM and CommonJS"
