#!/usr/bin/env bash
# Rewrites every generated block of README.md and docs/*.md, the text between
#   <!-- generated: ./cordon ARGS -->   and   <!-- end generated -->
# with what `./cordon ARGS` prints now (GeneratedDocsTest with -Dcordon.docs=write; without it the
# same test, part of `mvn -B verify`, fails when a block differs). Run it after changing the model,
# the calibration or the shipped scenario, and commit the result.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mvn -B -q -pl simulation -am test -Dtest=GeneratedDocsTest -Dsurefire.failIfNoSpecifiedTests=false -Dcordon.docs=write
git --no-pager diff --stat -- README.md docs/ || true
