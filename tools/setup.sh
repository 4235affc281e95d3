#!/usr/bin/env bash
# Installs what building krait needs on Debian 12, if it is missing: LLVM 22 (the
# version rustc is built on) and the libraries static LLVM linking needs. Rust (cargo)
# and a C compiler are expected to be present.
set -euo pipefail
need=()
[ -x /usr/lib/llvm-22/bin/llvm-config ] || need+=(llvm-22-dev)
[ -e /usr/lib/llvm-22/lib/libPolly.a ] || need+=(libpolly-22-dev)
dpkg -s libzstd-dev >/dev/null 2>&1 || need+=(libzstd-dev)
command -v cc >/dev/null 2>&1 || need+=(gcc)
if [ ${#need[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "setup: installing ${need[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}"
fi
command -v cargo >/dev/null 2>&1 || { echo "setup: cargo not found; install Rust (rustup) first" >&2; exit 1; }
