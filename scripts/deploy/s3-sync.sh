#!/usr/bin/env bash
# The second publishing target: an S3-compatible bucket (AWS S3, Cloudflare R2, MinIO, Viettel or
# FPT object storage…) through the AWS CLI the GitHub runners carry. The bucket holds the same tree
# as the gh-pages branch: <prefix><province>/ and <prefix>pr-<n>/<province>/.
#
#   s3-sync.sh production SITES_DIR   each SITES_DIR/<province>/ to <prefix><province>/
#   s3-sync.sh preview N SITES_DIR    SITES_DIR/ to <prefix>pr-N/
#   s3-sync.sh remove-preview N       delete <prefix>pr-N/
#
# A bucket has no atomic switch, so production goes in three passes that keep every page whole at
# every moment: (1) every file but the pages (new assets, search index, images: nothing live points
# at them yet), (2) the pages, now that what they reference is there, (3) only once every province
# has passed (1) and (2), --delete removes what the new sites no longer have. A run that fails
# stops before (3): readers see the old pages or the new ones, each with what it needs.
#
# Env: S3_BUCKET (a bucket name), S3_PREFIX (optional, e.g. "ttdn/"), AWS_ENDPOINT_URL for a
# non-AWS store, and the credentials the AWS CLI reads (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY,
# AWS_REGION), all from the workflow's env: — never from the sites.
set -euo pipefail

die() { echo "✗ $*" >&2; exit 1; }
[[ ${S3_BUCKET:-} =~ ^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$ ]] || die "S3_BUCKET \"${S3_BUCKET:-}\" không phải tên bucket hợp lệ"
prefix=${S3_PREFIX:-}
[[ -z $prefix || $prefix =~ ^([a-z0-9]+(-[a-z0-9]+)*/)+$ ]] || die "S3_PREFIX \"$prefix\" phải có dạng thu-muc/ (chữ thường, số, gạch ngang, kết thúc bằng /)"
dest="s3://$S3_BUCKET/$prefix"
slug='^[a-z0-9]+(-[a-z0-9]+)*$'

pr_number() {
  [[ $1 =~ ^[1-9][0-9]{0,9}$ ]] || die "số pull request \"$1\" không hợp lệ"
  printf '%s' "$1"
}

# Same rule as site-branch.sh: province folders of plain files and folders only.
check_sites() {
  local dir=$1 name found=0
  [[ -d $dir ]] || die "$dir: không có thư mục này"
  for path in "$dir"/* "$dir"/.[!.]*; do
    [[ -e $path || -L $path ]] || continue
    name=${path##*/}
    [[ $name =~ $slug && ! $name =~ ^pr- && -d $path && ! -L $path ]] || die "$dir/$name: không phải thư mục của một tỉnh"
    found=1
  done
  (( found )) || die "$dir: không có trang nào để xuất bản"
  [[ -z $(find "$dir" ! -type f ! -type d -print -quit) ]] || die "$dir: có liên kết tượng trưng hoặc tệp đặc biệt"
}

sync() { aws s3 sync --no-progress --only-show-errors "$@"; }

case ${1:-} in
  production)
    sites=${2:?SITES_DIR}; check_sites "$sites"
    for path in "$sites"/*/; do p=${path%/}; p=${p##*/}; sync "$sites/$p" "$dest$p/" --exclude '*.html'; done
    for path in "$sites"/*/; do p=${path%/}; p=${p##*/}; sync "$sites/$p" "$dest$p/"; done
    for path in "$sites"/*/; do p=${path%/}; p=${p##*/}; sync "$sites/$p" "$dest$p/" --delete; done
    echo "✓ production → $dest" ;;
  preview)
    pr=$(pr_number "${2:?N}"); sites=${3:?SITES_DIR}; check_sites "$sites"
    sync "$sites" "${dest}pr-$pr/" --delete
    echo "✓ preview of #$pr → ${dest}pr-$pr/" ;;
  remove-preview)
    pr=$(pr_number "${2:?N}")
    aws s3 rm --only-show-errors --recursive "${dest}pr-$pr/"
    echo "✓ removed ${dest}pr-$pr/" ;;
  *) die "usage: s3-sync.sh production SITES_DIR | preview N SITES_DIR | remove-preview N" ;;
esac
