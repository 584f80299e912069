import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents for the console and the API tests, generated from the committed schema.gql.
// CI regenerates and fails on any difference (tools/check-drift.sh).
const config: CodegenConfig = {
  schema: 'libs/api-contract/schema.gql',
  documents: ['libs/api-contract/src/operations/**/*.graphql'],
  generates: {
    'libs/api-contract/src/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { documentMode: 'string', enumsAsTypes: true, scalars: { DateTime: 'string', JSONObject: 'Record<string, unknown>' }, useTypeImports: true },
    },
  },
  hooks: {},
};

export default config;
