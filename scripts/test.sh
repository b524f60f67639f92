#!/usr/bin/env bash
# The whole test suite, as a new user and CI run it: lint and test the Rust core, build the
# release wheel, install THAT wheel into a fresh virtualenv, check the stubs, run pytest.
set -euo pipefail
cd "$(dirname "$0")/.."

# a fresh virtualenv, removed on exit (it takes most of a gigabyte) unless KHABAR_TEST_VENV names
# one to keep
if [ -n "${KHABAR_TEST_VENV:-}" ]; then
    venv="$KHABAR_TEST_VENV"
else
    scratch="$(mktemp -d)"
    trap 'rm -rf "$scratch"' EXIT
    venv="$scratch/venv"
fi
python3 -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --upgrade pip
"$venv/bin/python" -m pip install --quiet "maturin>=1.9.4,<2"

cargo fmt --check
cargo clippy --all-targets --all-features --quiet -- -D warnings
cargo test --quiet

rm -rf target/wheels
"$venv/bin/maturin" build --release --quiet --out target/wheels
wheel=$(ls target/wheels/khabar-*.whl)
"$venv/bin/python" -m pip install --quiet "${wheel}[test]"

"$venv/bin/python" -m mypy.stubtest khabar._khabar
"$venv/bin/python" -m mypy python/khabar tests
"$venv/bin/python" -m pytest
