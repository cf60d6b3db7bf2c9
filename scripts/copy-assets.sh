#!/usr/bin/env bash
# Copy the precompiled GOV.UK Frontend and MOJ Frontend assets into the static folder.
# GOV.UK Frontend's CSS refers to /assets/fonts and /assets/images, so they go at its root.
set -euo pipefail
dest=${1:?usage: copy-assets.sh DEST}
govuk=node_modules/govuk-frontend/dist/govuk
moj=node_modules/@ministryofjustice/frontend/moj
rm -rf "$dest"
mkdir -p "$dest"
cp -R "$govuk/assets/fonts" "$govuk/assets/images" "$govuk/assets/manifest.json" "$dest/"
cp "$govuk/govuk-frontend.min.css" "$govuk/govuk-frontend.min.js" "$dest/"
cp "$moj/moj-frontend.min.css" "$moj/moj-frontend.min.js" "$dest/"
if [ -d "$moj/assets/images" ]; then mkdir -p "$dest/moj/images" && cp -R "$moj/assets/images/." "$dest/moj/images/"; fi
