#!/usr/bin/env bash
# Builds the Linux app-image of Masa (and, with --deb, the .deb installer) from the runnable jar.
#
#   mvn package && packaging/build-linux.sh [--build-dir DIR] [--deb] [--no-cds]
#   mvn -Ppackage package        # the same, called by Maven for the build directory in use
#   mvn -Ppackage package -Dmasa.package.deb=true    # with the .deb
#
# Result: DIR/dist/Masa (the app-image: bin/Masa is the launcher) and, with --deb,
# DIR/dist/masa_VERSION-1_amd64.deb. DIR defaults to target/.
#
# The app-image gets a class-data-sharing archive recorded from one real start of the designer
# (about a third less start-up work); so does the jar (DIR/masa.jsa, used by
# java @DIR/masa.args -jar DIR/masa.jar). Recording needs a display: xvfb-run is used when present,
# else $DISPLAY; with neither, or with --no-cds, the step is skipped and Masa simply starts a
# little slower. The archive only fits the app-image at the path where it was recorded, so the
# .deb (installed elsewhere) is built without it.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
build="$root/target"
make_deb=false
record_cds=true
while [ $# -gt 0 ]; do
  case "$1" in
    --build-dir) build="$(mkdir -p "$2" && cd "$2" && pwd)"; shift 2 ;;
    --deb|--deb=true) make_deb=true; shift ;;
    --deb=false) make_deb=false; shift ;;
    --no-cds) record_cds=false; shift ;;
    *) echo "Unknown option: $1 (see the comment at the top of $0)" >&2; exit 2 ;;
  esac
done

jar="$build/masa.jar"
if [ ! -f "$jar" ]; then
  echo "There is no $jar yet: run 'mvn package' first." >&2
  exit 1
fi
version="$(unzip -p "$jar" META-INF/MANIFEST.MF | sed -n 's/^Implementation-Version: *//p' | tr -d '\r')"
work="$build/jpackage"
dist="$build/dist"
image="$dist/Masa"

rm -rf "$work" "$image"
mkdir -p "$work/input" "$dist"
cp "$jar" "$work/input/"
cd "$root"

echo "Building the app-image of Masa $version in $image"
jpackage --type app-image @packaging/jpackage/identity.txt @packaging/jpackage/app.txt \
  @packaging/jpackage/runtime.txt @packaging/linux/app-image.txt \
  --app-version "$version" --input "$work/input" --dest "$dist" --temp "$work/tmp"

# The archive for heaps over 32 GB is never used by a desktop app: 11 MB saved.
rm -f "$image/lib/runtime/lib/server/classes_nocoops.jsa"
# The native libraries' own symbol tables serve only debuggers and crash reports' native frames:
# 5 MB, most of it the JVM library's.
if command -v strip >/dev/null; then
  find "$image/lib/runtime/lib" -name '*.so' -exec chmod u+w {} + -exec strip --strip-unneeded {} +
fi

# The command line's own launcher, bin/masa-cli, and its JVM options.
cp packaging/linux/masa-cli "$image/bin/"
cp packaging/linux/cli.args "$image/lib/app/masa-cli.args"

# Notices, and what an unpacked app-image needs to join the desktop (see lib/desktop/).
cp THIRD-PARTY.md "$image/lib/"
mkdir -p "$image/lib/desktop/icons"
cp packaging/linux/install-desktop-integration.sh packaging/linux/application-x-masa-journey.xml \
   packaging/linux/resources/Masa.desktop "$image/lib/desktop/"
for size in 16 32 48 64 128 256; do cp "icons/masa-$size.png" "$image/lib/desktop/icons/"; done

if $make_deb; then
  echo "Building the .deb"
  jpackage --type deb --app-image "$image" @packaging/jpackage/identity.txt \
    @packaging/linux/deb.txt --app-version "$version" --dest "$dist" --temp "$work/deb"
fi

if $record_cds; then
  # The application's archive holds the JDK's classes too: the runtime's own is then never read (12 MB).
  if "$root/packaging/linux/record-cds.sh" "$image" "$work/cds"; then
    rm -f "$image/lib/runtime/lib/server/classes.jsa"
  else
    echo "No start-up archive recorded; Masa works without it."
  fi
  "$root/packaging/linux/record-cds.sh" --jar "$jar" "$work/cds-jar" \
    || echo "No start-up archive for the jar; java -jar $jar works without it."
fi
echo "Done: $image/bin/Masa ($(du -sh "$image" | cut -f1))"
