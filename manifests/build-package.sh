#!/usr/bin/env bash
# Builds the Teams app package of Takomil: manifest.json (placeholders filled in), the two icons
# and the localization files, all at the root of one zip.
#
# Usage: manifests/build-package.sh [--app-id GUID] [--teams-app-id GUID] [--out-dir DIR]
#   --app-id        Microsoft App ID of the bot (Entra app registration); env MICROSOFT_APP_ID.
#   --teams-app-id  id of the Teams app itself; env TEAMS_APP_ID. Defaults to the local value below.
#   --out-dir       where the zip goes; env TAKOMIL_PACKAGE_OUT; default <repo>/out.
# The zip is written with `zip` when it is installed, else with python3's zipfile;
# env TAKOMIL_PACKAGE_ZIPPER=zip|python forces one (the tests exercise both).
# Prints the path of the zip on stdout; everything else goes to stderr.
#
# The defaults are LOCAL-ONLY GUIDs: no Entra app is registered under them. They make a package
# that validates and loads in local tooling; a package for a real tenant needs real ids.
set -euo pipefail

readonly LOCAL_MICROSOFT_APP_ID="00000000-0000-4000-8000-000000000184"
readonly LOCAL_TEAMS_APP_ID="00000000-0000-4000-8000-000000000353"
readonly PACKAGE_NAME="takomil-teams-app.zip"
# Everything in the package besides manifest.json; paths are relative to this folder.
readonly PACKAGE_FILES=(color.png outline.png ru.json uz-Latn.json uz-Cyrl.json)

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "$here/.." && pwd)"

app_id="${MICROSOFT_APP_ID:-}"
teams_app_id="${TEAMS_APP_ID:-}"
out_dir="${TAKOMIL_PACKAGE_OUT:-$repo_root/out}"

fail() { echo "build-package: $*" >&2; exit 2; }

while (($# > 0)); do
  case "$1" in
    --app-id) (($# >= 2)) || fail "--app-id needs a value"; app_id="$2"; shift 2 ;;
    --teams-app-id) (($# >= 2)) || fail "--teams-app-id needs a value"; teams_app_id="$2"; shift 2 ;;
    --out-dir) (($# >= 2)) || fail "--out-dir needs a value"; out_dir="$2"; shift 2 ;;
    -h|--help) sed -n '2,14p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2; exit 0 ;;
    *) fail "unknown argument: $1 (see --help)" ;;
  esac
done

if [[ -z "$app_id" ]]; then
  app_id="$LOCAL_MICROSOFT_APP_ID"
  echo "build-package: MICROSOFT_APP_ID not set, using the local-only id $app_id" >&2
fi
if [[ -z "$teams_app_id" ]]; then
  teams_app_id="$LOCAL_TEAMS_APP_ID"
  echo "build-package: TEAMS_APP_ID not set, using the local-only id $teams_app_id" >&2
fi

readonly guid_re='^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$'
[[ "$app_id" =~ $guid_re ]] || fail "MICROSOFT_APP_ID is not a GUID: '$app_id'"
[[ "$teams_app_id" =~ $guid_re ]] || fail "TEAMS_APP_ID is not a GUID: '$teams_app_id'"

for f in manifest.template.json "${PACKAGE_FILES[@]}"; do
  [[ -f "$here/$f" ]] || fail "missing $here/$f"
done

stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT

# GUIDs hold only [0-9a-fA-F-], so they are safe inside a sed replacement.
sed -e "s/{{MICROSOFT_APP_ID}}/$app_id/g" -e "s/{{TEAMS_APP_ID}}/$teams_app_id/g" \
  "$here/manifest.template.json" > "$stage/manifest.json"
if grep -q '{{[A-Z_]*}}' "$stage/manifest.json"; then
  fail "manifest.json still has placeholders: $(grep -o '{{[A-Z_]*}}' "$stage/manifest.json" | sort -u | tr '\n' ' ')"
fi
for f in "${PACKAGE_FILES[@]}"; do cp "$here/$f" "$stage/$f"; done

mkdir -p "$out_dir"
zip_path="$(cd "$out_dir" && pwd)/$PACKAGE_NAME"
rm -f "$zip_path"
zipper="${TAKOMIL_PACKAGE_ZIPPER:-}"
if [[ -z "$zipper" ]]; then
  if command -v zip > /dev/null 2>&1; then zipper=zip; else zipper=python; fi
fi
case "$zipper" in
  zip|python) ;;
  *) fail "TAKOMIL_PACKAGE_ZIPPER must be zip or python, not '$zipper'" ;;
esac
if [[ "$zipper" == zip ]]; then
  (cd "$stage" && zip -q -X "$zip_path" manifest.json "${PACKAGE_FILES[@]}")
else
  python3 - "$stage" "$zip_path" manifest.json "${PACKAGE_FILES[@]}" <<'PY'
import os, sys, zipfile
stage, target, names = sys.argv[1], sys.argv[2], sys.argv[3:]
with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
    for name in names:
        z.write(os.path.join(stage, name), arcname=name)
PY
fi

echo "$zip_path"
