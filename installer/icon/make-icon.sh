#!/usr/bin/env bash
# Renders the icon from its SVG source with ImageMagick (apt-get install imagemagick). The PNG is committed, so a
# build does not need ImageMagick; run this only after changing chungtay.svg.
set -euo pipefail
cd "$(dirname "$0")"
convert -background none -density 96 chungtay.svg -depth 8 chungtay.png
