#!/usr/bin/env bash
# Installs what building and testing need when it is missing: json-c and pkg-config (the generator),
# python3 with botocore pinned to the version the README names (the oracle and corpus checks), curl
# (the end-to-end tests) and moto (the emulator tests). Debian/Ubuntu as root, or macOS with Homebrew. Prints
# nothing when all is there.
set -euo pipefail

BOTOCORE_VERSION=1.43.11

apt_install() {
    if [ -z "${APT_UPDATED:-}" ]; then apt-get update -qq; APT_UPDATED=1; fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

install_packages() {
    if command -v apt-get >/dev/null; then
        [ "$(id -u)" = 0 ] || { echo "install-deps: run as root to install $*" >&2; exit 1; }
        apt_install "$@"
    elif command -v brew >/dev/null; then
        brew install "$@"
    else
        echo "install-deps: install $* by hand" >&2
        exit 1
    fi
}

pkg-config --exists json-c 2>/dev/null || {
    if command -v apt-get >/dev/null; then install_packages libjson-c-dev pkg-config; else install_packages json-c pkg-config; fi
}
command -v curl >/dev/null || install_packages curl
command -v python3 >/dev/null || {
    if command -v apt-get >/dev/null; then install_packages python3 python3-pip; else install_packages python3; fi
}

installed=$(python3 -c "import botocore; print(botocore.__version__)" 2>/dev/null || true)
if [ "$installed" != "$BOTOCORE_VERSION" ]; then
    python3 -m pip --version >/dev/null 2>&1 || install_packages python3-pip
    # Debian's python marks its site-packages as externally managed; the tests need botocore there all the same.
    python3 -m pip install -q --disable-pip-version-check "botocore==$BOTOCORE_VERSION" 2>/dev/null \
        || python3 -m pip install -q --disable-pip-version-check --break-system-packages "botocore==$BOTOCORE_VERSION"
fi

# moto, the AWS emulator the emulator tests run on a loopback port, with boto3 pinned to botocore's version
# so that installing it leaves botocore as it is.
MOTO_VERSION=5.2.5
moto=$(python3 -c "import importlib.metadata as m; print(m.version('moto'))" 2>/dev/null || true)
if [ "$moto" != "$MOTO_VERSION" ] || ! python3 -c "import flask, flask_cors" 2>/dev/null; then
    packages=("moto[server]==$MOTO_VERSION" "boto3==$BOTOCORE_VERSION" "botocore==$BOTOCORE_VERSION")
    python3 -m pip install -q --disable-pip-version-check "${packages[@]}" 2>/dev/null \
        || python3 -m pip install -q --disable-pip-version-check --break-system-packages "${packages[@]}"
fi
