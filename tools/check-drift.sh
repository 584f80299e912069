#!/usr/bin/env bash
# Fails when the committed contract drifts from the code: schema.gql from the resolvers, the console's
# generated types from schema.gql. (Migrations vs entities is checked by test/e2e/contract.e2e-spec.ts,
# which needs a database.)
set -euo pipefail
cd "$(dirname "$0")/.."
npm run --silent schema:generate >/dev/null
npm run --silent codegen >/dev/null
if ! git diff --exit-code --stat -- libs/api-contract/schema.gql libs/api-contract/src/generated; then
  echo "The GraphQL contract drifted from the code: run 'npm run schema:generate && npm run codegen' and commit the result." >&2
  exit 1
fi
untracked=$(git ls-files --others --exclude-standard -- libs/api-contract/src/generated)
if [ -n "$untracked" ]; then
  echo "Generated files are not committed: $untracked" >&2
  exit 1
fi
echo "contract: schema.gql and generated types match the code"
