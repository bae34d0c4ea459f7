# shellcheck shell=bash
# Idempotent set-up for a fresh Debian machine, sourced by scripts/serve and
# scripts/test. Every step checks first and is skipped when the right thing (at the
# right version) is already there, so a warm run spends its time on tests.
# Only Debian packages, crates.io and npm are used: nothing else is reachable.

WL_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
WL_E2E="$WL_ROOT/tests/e2e"
TRUNK_VERSION="0.21.14"

wl_step() { printf '\n==> %s\n' "$*" >&2; }

# Root runs apt-get directly; anyone else through sudo.
wl_sudo() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# wl_apt CMD:PACKAGE...: install the Debian packages whose command is missing.
wl_apt() {
    local pair cmd pkg missing=()
    for pair in "$@"; do
        cmd="${pair%%:*}"
        pkg="${pair#*:}"
        command -v "$cmd" >/dev/null 2>&1 || missing+=("$pkg")
    done
    [ "${#missing[@]}" -eq 0 ] && return 0
    wl_step "apt-get install ${missing[*]}"
    wl_sudo apt-get update -q
    wl_sudo env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# The Rust side: the wasm target, rustfmt and clippy, and the dependency sources
# (Trunk builds with --offline).
wl_rust() {
    export PATH="$HOME/.cargo/bin:$PATH"
    command -v cargo >/dev/null || { echo "cargo not found: install Rust with rustup" >&2; return 1; }
    if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
        wl_step "rustup target add wasm32-unknown-unknown"
        rustup target add wasm32-unknown-unknown
    fi
    if ! cargo fmt --version >/dev/null 2>&1 || ! cargo clippy --version >/dev/null 2>&1; then
        wl_step "rustup component add rustfmt clippy"
        rustup component add rustfmt clippy
    fi
    wl_step "cargo fetch"
    (cd "$WL_ROOT" && cargo fetch --locked -q)
}

# wl_cargo_bin BIN CRATE VERSION [cargo install flags]: install unless `BIN --version`
# already says VERSION.
wl_cargo_bin() {
    local bin="$1" crate="$2" version="$3"
    shift 3
    if command -v "$bin" >/dev/null && "$bin" --version 2>/dev/null | grep -qw "$version"; then
        return 0
    fi
    wl_step "cargo install $crate --version $version (takes minutes, once)"
    cargo install "$crate" --version "$version" "$@"
}

# The wasm-bindgen CLI must be exactly the version Cargo.lock resolved.
wl_wasm_bindgen_version() {
    awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' \
        "$WL_ROOT/Cargo.lock"
}

wl_tools() {
    wl_apt cc:gcc
    wl_cargo_bin trunk trunk "$TRUNK_VERSION" --locked
    local wb
    wb="$(wl_wasm_bindgen_version)"
    [ -n "$wb" ] || { echo "no wasm-bindgen in Cargo.lock" >&2; return 1; }
    # Not --locked: that is the recipe known to build with our rustc.
    if ! { wasm-bindgen --version 2>/dev/null | grep -qw "$wb" &&
        wasm-bindgen-test-runner --version 2>/dev/null | grep -qw "$wb"; }; then
        wl_step "cargo install wasm-bindgen-cli --version $wb (takes minutes, once)"
        cargo install wasm-bindgen-cli --version "$wb" --force
    fi
}

# npm packages from the committed lock file: playwright-core (drives Debian's
# Chromium, never downloads a browser), axe-core, lighthouse with puppeteer-core (the
# "-core" package: it launches Debian's Chromium, never downloads one; and
# --ignore-scripts runs no install script) and binaryen's wasm-opt. Debian's binaryen
# breaks current wasm-bindgen output, so node_modules/.bin comes first on PATH.
wl_npm() {
    wl_apt node:nodejs npm:npm
    local stamp="$WL_E2E/node_modules/.wirelab-lock"
    if ! cmp -s "$WL_E2E/package-lock.json" "$stamp"; then
        wl_step "npm ci (tests/e2e)"
        (cd "$WL_E2E" && npm ci --ignore-scripts --no-audit --no-fund)
        cp "$WL_E2E/package-lock.json" "$stamp"
    fi
    export PATH="$WL_E2E/node_modules/.bin:$PATH"
    wasm-opt --version | grep -q "version 132" ||
        { echo "wasm-opt on PATH is not binaryen 132" >&2; return 1; }
}

# What `scripts/serve` needs: build tools only.
wl_install_build() {
    wl_apt python3:python3 git:git
    wl_rust
    wl_tools
    wl_npm
}

# What `scripts/test` needs on top: the browser and its driver, and the real
# OpenSSL and tshark that the interop tests talk to.
wl_install_test() {
    wl_apt chromium:chromium chromedriver:chromium-driver openssl:openssl tshark:tshark
    wl_install_build
    export CHROMEDRIVER="${CHROMEDRIVER:-$(command -v chromedriver)}"
    export CHROMIUM="${CHROMIUM:-$(command -v chromium)}"
}
