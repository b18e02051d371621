import type { CodegenConfig } from '@graphql-codegen/cli';

// Types for every `graphql(...)` document in src/, from the backend's committed schema.
const config: CodegenConfig = {
  schema: '../schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*', '!src/**/*.test.{ts,tsx}'],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { gqlTagName: 'graphql', fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: 'string', Date: 'string', Decimal: 'string', JSON: 'unknown' },
      },
    },
  },
};

export default config;
