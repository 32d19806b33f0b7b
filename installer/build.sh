#!/usr/bin/env bash
# Builds ChungTay's self-contained Linux app image and .deb with the JDK's own tools (jdeps, jlink, jpackage):
#   installer/build.sh            -> target/installer/ChungTay/ (app image) and target/installer/chungtay_<version>_amd64.deb
# The runtime is cut to the modules the jars need (jdeps) plus the locale data for Vietnamese, the extra charsets and
# the EC crypto provider that sync signatures use. Environment: SKIP_MAVEN=1 reuses target/chungtay.jar and
# target/lib; CDS=0 leaves out the class-data-sharing archive (see docs/decisions/0008-installer-and-start-up.md).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=${OUT:-$ROOT/target/installer}   # OUT=DIR builds elsewhere
INSTALL_DIR=/opt/chungtay           # where the .deb puts the app image (jpackage's default for the name chungtay)

if [[ "${SKIP_MAVEN:-0}" != 1 ]]; then
  mvn -B -q -DskipTests package
fi
# The pom's version, as the jar's manifest carries it; APP_VERSION overrides it (e.g. to try an upgrade).
VERSION=${APP_VERSION:-$(unzip -p target/chungtay.jar META-INF/MANIFEST.MF \
                         | sed -n 's/^Implementation-Version: *\([^[:space:]]*\).*/\1/p')}
[[ -n "$VERSION" ]] || { echo "no Implementation-Version in target/chungtay.jar" >&2; exit 1; }
echo "ChungTay $VERSION"

rm -rf "$OUT"
mkdir -p "$OUT/input"
cp target/chungtay.jar "$OUT/input/"
cp -r target/lib "$OUT/input/lib"

# 1. Runtime: the JDK modules the jars use, the Vietnamese locale data (without jdk.localedata, numbers and dates
#    fall back to English), extra charsets, and the EC provider (Ed25519 signatures are found through a service,
#    which jdeps cannot see). The base CDS archive of the JDK's own classes is generated into the runtime.
MODULES=$(jdeps --multi-release 17 --ignore-missing-deps --print-module-deps --class-path "target/lib/*" \
          target/chungtay.jar)
MODULES="$MODULES,jdk.localedata,jdk.charsets,jdk.crypto.ec,jdk.zipfs"
echo "modules: $MODULES"
JLINK_CDS=(--generate-cds-archive)
[[ "${CDS:-1}" == 0 ]] && JLINK_CDS=()
jlink --add-modules "$MODULES" --include-locales=en,vi "${JLINK_CDS[@]}" \
      --strip-debug --no-header-files --no-man-pages --compress=2 --output "$OUT/runtime"

# 2. App image: a native launcher bin/ChungTay, the runtime in lib/runtime, the jars in lib/app. Every jar is named
#    on the class path (not only through the manifest), which AppCDS on Java 17 needs.
COMMON=(--name ChungTay --app-version "$VERSION" --vendor "ChungTay"
        --description "Sổ theo dõi giảm nghèo — register for poverty-reduction work"
        --copyright "ChungTay contributors" --icon installer/icon/chungtay.png)
# With CDS the launcher maps lib/app/chungtay.jsa when it is there and valid (-Xshare:auto), silently runs without it
# otherwise; the archive is made where the app finally lives (see step 3).
JAVA_OPTIONS=(--java-options "-Dfile.encoding=UTF-8")
# The heap bound and collector users run with, shared with bench's import processes (one option a line).
while read -r option; do
  JAVA_OPTIONS+=(--java-options "$option")
done < <(grep -v -e '^#' -e '^[[:space:]]*$' src/main/resources/jvm-options.txt)
if [[ "${CDS:-1}" != 0 ]]; then
  JAVA_OPTIONS+=(--java-options "-Xshare:auto" --java-options "-XX:SharedArchiveFile=\$APPDIR/chungtay.jsa"
                 --java-options "-Xlog:cds=off" --java-options "-Xlog:cds+dynamic=off")
fi
jpackage --type app-image "${COMMON[@]}" --dest "$OUT" --input "$OUT/input" --main-jar chungtay.jar \
         --main-class vn.chungtay.boot.Main --runtime-image "$OUT/runtime" "${JAVA_OPTIONS[@]}"
echo "app image: $OUT/ChungTay"

# 3. Application class-data sharing. On Java 17 an archive of the application's classes is valid only at the path
#    where it was made, so the .deb cannot carry one made here. Instead a training run here records which classes
#    a start loads (the desktop program under a private Xvfb, up to its first screen; without Xvfb, a command-line
#    run), the list travels in the package, and the .deb's postinst dumps the archive at /opt/chungtay (a few
#    seconds, no display needed). installer/cds-dump.sh does the dump, for the .deb and for this app image.
if [[ "${CDS:-1}" != 0 ]]; then
  CFG="$OUT/ChungTay/lib/app/ChungTay.cfg"
  cp "$CFG" "$OUT/ChungTay.cfg.orig"
  printf 'java-options=-XX:DumpLoadedClassList=%s\n' "$OUT/classes.lst" >> "$CFG"
  TRAIN=$(mktemp -d /tmp/chungtay-cds-train.XXXXXX)
  if command -v Xvfb > /dev/null; then
    exec 3> "$TRAIN/display"
    Xvfb -displayfd 3 -screen 0 1366x800x24 -nolisten tcp > /dev/null 2>&1 &
    XVFB=$!
    for _ in $(seq 50); do [[ -s "$TRAIN/display" ]] && break; sleep 0.1; done
    DISPLAY=":$(head -1 "$TRAIN/display")" timeout 300 "$OUT/ChungTay/bin/ChungTay" --db "$TRAIN/db" \
      --exit-when-ready > /dev/null
    kill "$XVFB"
  else
    "$OUT/ChungTay/bin/ChungTay" --db "$TRAIN/db" stats > /dev/null
  fi
  rm -rf "$TRAIN"
  mv "$OUT/ChungTay.cfg.orig" "$CFG"
  # Keep the classes of the app's own class path and the JDK (what -Xshare:dump can load from the list).
  grep -v '^@' "$OUT/classes.lst" > "$OUT/ChungTay/lib/app/chungtay.classlist"
  cp installer/cds-dump.sh "$OUT/ChungTay/lib/app/cds-dump.sh"
  echo "class list: $(wc -l < "$OUT/ChungTay/lib/app/chungtay.classlist") classes"
fi

# 4. The .deb from that app image: installed in /opt/chungtay, a menu entry (category Office) that starts
#    /opt/chungtay/bin/ChungTay, and the system libraries JavaFX's native code needs (jpackage cannot see them:
#    they sit inside the JavaFX jars).
#    installer/linux/ holds our postinst and prerm in place of jpackage's (see the files).
jpackage --type deb "${COMMON[@]}" --dest "$OUT" --app-image "$OUT/ChungTay" --resource-dir installer/linux \
         --linux-package-name chungtay --linux-deb-maintainer "chungtay@localhost" \
         --linux-menu-group "Office" --linux-app-category "misc" --linux-shortcut \
         --linux-package-deps "libgtk-3-0, libgl1"
ls -l "$OUT"/*.deb

# 5. The app image in target/installer gets its archive where it is, for installer/cold-start.sh to measure.
if [[ "${CDS:-1}" != 0 ]]; then
  "$OUT/ChungTay/lib/app/cds-dump.sh" "$OUT/ChungTay"
fi
