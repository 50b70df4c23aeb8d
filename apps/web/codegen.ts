import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents from the schema the server emits and commits. `src/gql/` is committed too;
// `pnpm codegen:check` fails when it is stale.
const config: CodegenConfig = {
  schema: '../server/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*', '!src/**/*.test.{ts,tsx}'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: {
        // `useFragment` would read as a React hook; this is a plain function.
        fragmentMasking: { unmaskFunctionName: 'getFragmentData' },
      },
      config: {
        scalars: { DateTimeISO: 'string' },
        useTypeImports: true,
        enumType: 'string-literal',
        skipTypename: false,
      },
    },
  },
};

export default config;
