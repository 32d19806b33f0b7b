#!/bin/sh
# Dumps ChungTay's class-data-sharing archive (lib/app/chungtay.jsa) for an app image at the place it lives, from
# the class list recorded at packaging time, with the exact class path the launcher uses. Run by the .deb's
# postinst for /opt/chungtay and by installer/build.sh for target/installer/ChungTay. A failure only means a start
# without the archive, so it never fails the caller. Usage: cds-dump.sh [APP_IMAGE_DIR]
APP=${1:-/opt/chungtay}
CFG="$APP/lib/app/ChungTay.cfg"
LIST="$APP/lib/app/chungtay.classlist"
[ -f "$LIST" ] || exit 0
CP=$(sed -n 's|^app.classpath=\$APPDIR|'"$APP"'/lib/app|p' "$CFG" | paste -sd: -)
rm -f "$APP/lib/app/chungtay.jsa"
"$APP/lib/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$LIST" \
  -XX:SharedArchiveFile="$APP/lib/app/chungtay.jsa" -cp "$CP" -Xlog:cds=off -Xlog:cds+dynamic=off > /dev/null 2>&1 \
  || { rm -f "$APP/lib/app/chungtay.jsa"; echo "chungtay: no class-data-sharing archive (starts a little slower)" >&2; }
exit 0
