#!/usr/bin/env bash
# Builds the Coms desktop app image and this operating system's installers with jlink and jpackage.
# Called by Maven (packaging/pom.xml, profile "installers"); arguments:
#   $1 version (e.g. 0.1.0)  $2 packaging/target  $3 installer types (e.g. "deb rpm"; "none" for the app image only)
#   $4 client/target (the client jar and its libs/)
# Maven puts this OS's JavaFX modular jars in $2/javafx-mods/. Output: $2/app-image/ and $2/installers/.
set -euo pipefail

version=$1 target=$2 types=$3 client=$4
here=$(cd "$(dirname "$0")/.." && pwd)   # packaging/src

# The runtime holds only the modules Coms uses: those jdeps finds in the Coms jars (so new imports are picked up),
# plus what the libraries' module-info files require (jdeps cannot follow them on the class path):
# okhttp/okio/slf4j-jdk14 java.logging; jackson java.sql, java.xml; kotlin, okio jdk.unsupported;
# webrtc-java java.desktop. TLS (okhttp) needs nothing beyond java.base since JDK 22.
library_modules=java.base,java.desktop,java.logging,java.sql,java.xml,jdk.unsupported

find_jdk() {
  local home major
  for home in "${JAVA_HOME:-}" /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home "${PROGRAMFILES:-/none}"/*/jdk-25*; do
    [ -n "$home" ] && [ -f "$home/release" ] && { [ -x "$home/bin/jpackage" ] || [ -x "$home/bin/jpackage.exe" ]; } || continue
    major=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release")
    if [ -n "$major" ] && [ "$major" -ge 25 ]; then echo "$home"; return 0; fi
  done
  echo "build-installers: a JDK 25+ with jpackage is needed (set JAVA_HOME)" >&2
  return 1
}

jdk=$(find_jdk)
case "$(uname -s)" in
  Linux) os=linux ;;
  Darwin) os=macos ;;
  MINGW*|MSYS*|CYGWIN*) os=windows ;;
  *) echo "build-installers: unsupported OS $(uname -s)" >&2; exit 1 ;;
esac

cd "$target"
rm -rf runtime app-image installers jpackage-input
mkdir -p installers jpackage-input/libs
# The client jar finds its libraries through its manifest (libs/...); JavaFX lives in the runtime instead.
cp "$client"/coms-client-*.jar jpackage-input/
find "$client/libs" -name '*.jar' ! -name 'javafx-*' -exec cp {} jpackage-input/libs/ \;

own_modules=$("$jdk/bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release 25 \
  --module-path javafx-mods --class-path "jpackage-input/libs/*" \
  jpackage-input/coms-client-*.jar jpackage-input/libs/coms-engine-*.jar jpackage-input/libs/coms-protocol-*.jar)
modules=$(echo "$library_modules,$own_modules" | tr , "\n" | sort -u | paste -sd , -)
echo "build-installers: jlink ($modules)"
"$jdk/bin/jlink" --module-path javafx-mods --add-modules "$modules" \
  --compress zip-6 --strip-debug --no-header-files --no-man-pages --output runtime

if [ "$os" = linux ] && command -v strip >/dev/null; then
  # Symbol tables of the JDK's shared libraries are not needed to run (about 6 MB).
  find runtime -name '*.so' -exec strip --strip-unneeded {} +
fi

common=(--name Coms --app-version "$version" --vendor "Coms"
        --description "Peer-to-peer video meetings"
        --copyright "Copyright Coms contributors")

echo "build-installers: app image"
"$jdk/bin/jpackage" --type app-image "${common[@]}" --dest app-image \
  --runtime-image runtime --input jpackage-input \
  --main-jar "$(cd jpackage-input && ls coms-client-*.jar)" --main-class dev.coms.client.app.Launcher \
  --java-options "--enable-native-access=ALL-UNNAMED,javafx.graphics" \
  --java-options "-Xms32m" --java-options "-Xmx512m" \
  $( [ "$os" = macos ] && echo "--resource-dir $here/jpackage/macos --mac-package-identifier dev.coms.client" )

for type in $types; do
  [ "$type" = none ] && continue
  echo "build-installers: $type"
  case "$os" in
    linux)
      # Own .desktop (x-scheme-handler/coms), maintainer scripts and rpm spec: see packaging/src/jpackage/linux.
      # The default jpackage scripts fail where xdg-desktop-menu finds no menu directory; ours use
      # desktop-file-install and update-desktop-database (hence the dependency on desktop-file-utils).
      if [ "$type" = rpm ]; then deps="gtk3, desktop-file-utils, pulseaudio-libs"
      else deps="libgtk-3-0, desktop-file-utils, libpulse0"; fi
      "$jdk/bin/jpackage" --type "$type" "${common[@]}" --dest installers --app-image app-image/Coms \
        --resource-dir "$here/jpackage/linux" --linux-package-name coms --linux-app-category net \
        --linux-shortcut --linux-package-deps "$deps" --install-dir /opt ;;
    windows)
      "$jdk/bin/jpackage" --type "$type" "${common[@]}" --dest installers --app-image app-image/Coms \
        --resource-dir "$here/jpackage/windows" --win-per-user-install --win-menu --win-menu-group Coms \
        --win-shortcut --win-upgrade-uuid 6f1a5c1e-3b0e-4a53-9d3e-2c9a4e8f7b10 ;;
    macos)
      "$jdk/bin/jpackage" --type "$type" "${common[@]}" --dest installers --app-image app-image/Coms.app \
        --resource-dir "$here/jpackage/macos" --mac-package-identifier dev.coms.client ;;
  esac
done
ls -l installers
