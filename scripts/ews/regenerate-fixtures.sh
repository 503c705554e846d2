#!/bin/sh
# Regenerates the early-warning fixtures (needs Rscript with the Debian package r-cran-surveillance):
#   sh scripts/ews/regenerate-fixtures.sh
set -eu
cd "$(dirname "$0")/../.."
fixtures=server/src/engines/ews/fixtures
npx tsx scripts/ews/generate.ts --out "$fixtures/counts.csv" --seed 20240601 --count 26 --weeks 312
Rscript scripts/ews/run-surveillance.R "$fixtures/counts.csv" "$fixtures/variants.tsv" "$fixtures/r-results.csv"
Rscript scripts/ews/r-distributions.R "$fixtures/r-distributions.csv"
