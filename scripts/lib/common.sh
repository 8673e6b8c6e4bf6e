# Shared by scripts/run, scripts/test and scripts/screenshots. Source it; do not run it.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

# Debian 12 packages the build, the app and the tests need.
BUILD_PACKAGES=(build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-qpa-plugins
    libqt6svg6 qtkeychain-qt6-dev libcpp-httplib-dev libssl-dev libsqlite3-dev libgl-dev openssl
    fonts-dejavu-core qt6-translations-l10n)
# openjdk: keytool makes corpus files and a real KeyStore.load checks the Java verdict.
# clang + its runtime: the libFuzzer target of the P12 inspector.
# dpkg-dev (dpkg-shlibdeps for CPack's Depends), desktop-file-utils, appstream, man-db, xdotool, file: the install test.
TEST_PACKAGES=(xvfb xauth dbus dbus-x11 gnome-keyring x11-utils imagemagick openjdk-17-jdk-headless clang
    libclang-rt-14-dev dpkg-dev desktop-file-utils appstream man-db xdotool file valgrind)

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# Installs the packages that are missing, and only those: a second run installs nothing.
ensure_packages() {
    local missing=() pkg
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    log "Installing missing packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "Run as root or install sudo to install: ${missing[*]}" >&2; exit 1; }
        sudo=(sudo)
    fi
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# configure_and_build BUILD_DIR [extra cmake args...]: configures once, then builds incrementally.
configure_and_build() {
    local dir="$1"; shift
    if [ ! -f "$dir/build.ninja" ]; then
        log "Configuring $dir"
        cmake -S "$ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
    fi
    log "Building $dir"
    cmake --build "$dir" -j"$(nproc)"
}
