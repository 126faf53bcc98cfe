#!/usr/bin/env bash
# `bash scripts/bench/deploy-cache.sh [province]`: what the deploy's build cache gives, run as GitHub
# runs it. Two deploys in the same workspace path, each from a fresh clone and a fresh
# `npm install`, the province's cache carried between them as a tar (what actions/cache does);
# the second deploy's commit edits one press release. Then a cold build of that commit in another
# folder, compared file by file with the second deploy. Prints both times, the cache's size and
# whether the sites are identical. Works in .bench/deploy-cache/ (gitignored); needs the npm registry.
set -euo pipefail
P=${1:-gia-lai}
[[ $P =~ ^[a-z0-9]+(-[a-z0-9]+)*$ ]] || { echo "✗ \"$P\" không phải mã tỉnh hợp lệ" >&2; exit 1; }
REPO=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
SIM=$REPO/.bench/deploy-cache
export ASTRO_TELEMETRY_DISABLED=1 PORTAL_CACHE_DIR=.portal-cache
load() { cut -d' ' -f1 /proc/loadavg; }
build() { /usr/bin/time -f "  %e s wall" npm run --silent build -- --province "$P" --out "dist/$P" 2>&1 | grep -E '^(✓|  |✗)'; }
fresh() { cd /; rm -rf "$SIM/repo"; git clone -q "$SIM/src" "$SIM/repo"; cd "$SIM/repo"; git checkout -q "$1"; npm install --no-audit --no-fund > /dev/null 2>&1; }

rm -rf "$SIM"; mkdir -p "$SIM"
git clone -q "$REPO" "$SIM/src"; cd "$SIM/src"
base=$(git rev-parse HEAD)
f=$(git ls-files "content/$P/press/vi/*.md" | head -n 1)
printf '\nMột câu thêm vào để đo bản dựng sau một lần sửa.\n' >> "$f"
git -c user.email=bench@localhost -c user.name=bench commit -q -m "bench: edit $f" -- "$f"
edit=$(git rev-parse HEAD)

fresh "$base"
echo "deploy 1, no cache ($(date +%T), load $(load))"; build
tar -C "$SIM/repo" -cf "$SIM/cache.tar" ".portal-cache/$P"
echo "cache: $(du -h "$SIM/cache.tar" | cut -f1) as a tar"
fresh "$edit"
tar -C "$SIM/repo" -xf "$SIM/cache.tar"
echo "deploy 2, cache restored, $f edited ($(date +%T), load $(load))"; build

git clone -q "$SIM/src" "$SIM/cold"; cd "$SIM/cold"; git checkout -q "$edit"
cp -al "$SIM/repo/node_modules" node_modules
echo "the same commit, cold, in another folder ($(date +%T), load $(load))"; build
node_modules/.bin/node scripts/compare-builds.ts "$SIM/repo/dist/$P" "$SIM/cold/dist/$P" | tail -n 3
