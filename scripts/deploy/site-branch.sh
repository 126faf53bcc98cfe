#!/usr/bin/env bash
# The published tree, kept on one branch (SITE_BRANCH, default gh-pages) that GitHub Pages is
# deployed from: each province's portal at <province>/, each open pull request's preview at
# pr-<n>/<province>/. The production deploy, a preview and a preview's removal each change only
# their own folders, so none clobbers another.
#
#   site-branch.sh production SITES_DIR   the portals become SITES_DIR/<province>/ (previews stay)
#   site-branch.sh preview N SITES_DIR    replace pr-N/ with SITES_DIR/<province>/…
#   site-branch.sh remove-preview N       delete pr-N/ (nothing is pushed when there is none)
#
# With GITHUB_OUTPUT set, it records `changed=true|false` there, so a workflow deploys only a new tree.
#
# Every change is a single parentless commit (the branch never accumulates old sites), pushed with
# a lease on the commit it started from: if another workflow pushed in between, the push is
# refused and the change is made again on the new tip (up to 5 times). A failed run pushes
# nothing, so the branch always holds a whole tree.
#
# The sites are data, never run: names are checked against the province pattern, anything but
# plain files and folders (a symbolic link, a .git folder) stops the run before the branch is touched.
#
# Env: SITE_REMOTE (default https://github.com/$GITHUB_REPOSITORY.git); GH_TOKEN, when set, is
# handed to git by a credential helper that reads it from the environment (never written to disk).
set -euo pipefail

branch=${SITE_BRANCH:-gh-pages}
remote=${SITE_REMOTE:-https://github.com/${GITHUB_REPOSITORY:?set GITHUB_REPOSITORY or SITE_REMOTE}.git}
slug='^[a-z0-9]+(-[a-z0-9]+)*$'

die() { echo "✗ $*" >&2; exit 1; }

git_remote() {
  if [[ -n ${GH_TOKEN:-} ]]; then
    # shellcheck disable=SC2016 # expanded by the shell git starts for the helper, from the environment
    git -c credential.helper= -c 'credential.helper=!f() { test "$1" = get && echo username=x-access-token && echo "password=${GH_TOKEN}"; }; f' "$@"
  else
    git "$@"
  fi
}

pr_number() {
  [[ $1 =~ ^[1-9][0-9]{0,9}$ ]] || die "số pull request \"$1\" không hợp lệ"
  printf '%s' "$1"
}

# SITES_DIR holds one folder per province, each only plain files and folders.
check_sites() {
  local dir=$1 name
  [[ -d $dir ]] || die "$dir: không có thư mục này"
  local found=0
  for path in "$dir"/* "$dir"/.[!.]*; do
    [[ -e $path || -L $path ]] || continue
    name=${path##*/}
    [[ $name =~ $slug && ! $name =~ ^pr- && -d $path && ! -L $path ]] || die "$dir/$name: không phải thư mục của một tỉnh (tên phải là mã tỉnh, ví dụ gia-lai)"
    found=1
  done
  (( found )) || die "$dir: không có trang nào để xuất bản"
  local odd
  odd=$(find "$dir" ! -type f ! -type d -print -quit)
  [[ -z $odd ]] || die "$odd: không phải tệp thường (liên kết tượng trưng hay tệp đặc biệt không được xuất bản)"
  odd=$(find "$dir" -name .git -print -quit)
  [[ -z $odd ]] || die "$odd: thư mục .git không được xuất bản"
}

# The landing page at the tree's root: a link to each province's portal.
write_root_index() {
  local tree=$1 id links=''
  for path in "$tree"/*/; do
    id=${path%/}; id=${id##*/}
    [[ $id =~ $slug && ! $id =~ ^pr-[0-9]+$ ]] || continue
    links+="<li><a href=\"./$id/\">$id</a></li>"
  done
  printf '<!doctype html>\n<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Cổng thông tin đối ngoại</title></head>\n<body><h1>Cổng thông tin đối ngoại</h1><ul>%s</ul></body></html>\n' "$links" > "$tree/index.html"
  # Served as files, never through Jekyll (if Pages is ever set to serve the branch directly).
  : > "$tree/.nojekyll"
}

apply_change() {
  local tree=$1 p
  case $command in
    production)
      # Every portal folder is replaced (a province no longer in content/ goes); previews and root files stay.
      for path in "$tree"/*/; do
        p=${path%/}; p=${p##*/}
        [[ -d $path && ! $p =~ ^pr-[0-9]+$ ]] && rm -rf "${tree:?}/$p"
      done
      cp -R "$sites"/. "$tree/" ;;
    preview)
      rm -rf "${tree:?}/pr-$pr"
      mkdir -p "$tree/pr-$pr"
      cp -R "$sites"/. "$tree/pr-$pr/" ;;
    remove-preview)
      rm -rf "${tree:?}/pr-$pr" ;;
  esac
  write_root_index "$tree"
}

command=${1:-}
case $command in
  production) sites=${2:?SITES_DIR}; check_sites "$sites"; message="Production: $(cd "$sites" && echo */ | tr -d /)" ;;
  preview) pr=$(pr_number "${2:?N}"); sites=${3:?SITES_DIR}; check_sites "$sites"; message="Preview of pull request #$pr" ;;
  remove-preview) pr=$(pr_number "${2:?N}"); message="Remove the preview of pull request #$pr" ;;
  *) die "usage: site-branch.sh production SITES_DIR | preview N SITES_DIR | remove-preview N" ;;
esac

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for attempt in 1 2 3 4 5; do
  rm -rf "$work/tree"
  if git_remote ls-remote --exit-code --heads "$remote" "refs/heads/$branch" > /dev/null; then
    git_remote clone --quiet --depth 1 --branch "$branch" "$remote" "$work/tree"
    old=$(git -C "$work/tree" rev-parse HEAD)
  else
    git init --quiet "$work/tree"
    old=''
  fi
  if [[ $command == remove-preview && ! -e $work/tree/pr-$pr ]]; then
    echo "✓ pull request #$pr has no preview on $branch: nothing to remove"
    [[ -n ${GITHUB_OUTPUT:-} ]] && echo 'changed=false' >> "$GITHUB_OUTPUT"
    exit 0
  fi
  apply_change "$work/tree"
  git -C "$work/tree" add --all
  tree=$(git -C "$work/tree" write-tree)
  new=$(git -C "$work/tree" -c user.name='github-actions[bot]' -c user.email='41898282+github-actions[bot]@users.noreply.github.com' commit-tree "$tree" -m "$message")
  if git_remote -C "$work/tree" push --quiet --force-with-lease="refs/heads/$branch:$old" "$remote" "$new:refs/heads/$branch"; then
    echo "✓ $message → $branch ($new)"
    [[ -n ${GITHUB_OUTPUT:-} ]] && echo 'changed=true' >> "$GITHUB_OUTPUT"
    exit 0
  fi
  echo "… $branch changed meanwhile (attempt $attempt); making the change again on the new tip" >&2
  sleep $(( attempt * 2 ))
done
die "could not update $branch after 5 attempts"
