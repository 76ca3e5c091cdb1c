#!/bin/sh
# check-screenshots.sh METAINFO DIR: every screenshot the metainfo names is a PNG in DIR
# with the width and height the metainfo gives, so that publishing DIR is enough.
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu
metainfo=$1
dir=$2
count=0
failed=0
images=$(sed -n 's|.*<image type="source" width="\([0-9]*\)" height="\([0-9]*\)">[^<]*/\([^/<]*\)</image>.*|\3 \1 \2|p' "$metainfo")
[ -n "$images" ] || { echo "$metainfo: no screenshots"; exit 1; }
while read -r name width height; do
  count=$((count + 1))
  file="$dir/$name"
  if [ ! -f "$file" ]; then
    echo "$metainfo: screenshot $name is not in $dir"; failed=1; continue
  fi
  size=$(file -b "$file" | sed -n 's/^PNG image data, \([0-9]*\) x \([0-9]*\),.*/\1 \2/p')
  if [ "$size" != "$width $height" ]; then
    echo "$metainfo: $name is '${size:-not a PNG}', the metainfo says $width x $height"; failed=1
  fi
done <<EOT
$images
EOT
echo "$count screenshots checked"
exit $failed
