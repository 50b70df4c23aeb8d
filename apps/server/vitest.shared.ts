import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import swc from 'unplugin-swc';
import type { TestProjectInlineConfiguration } from 'vitest/config';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

/** A vitest project for the server; `env.TEST_DB` picks the database of every createTestApp. */
export function serverProject(name: string, env: Record<string, string>, exclude: string[] = []): TestProjectInlineConfiguration {
  return {
    // Decorator metadata (type-graphql, TypeORM) is emitted by SWC, not by esbuild/oxc.
    plugins: [
      swc.vite({
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
          target: 'es2022',
        },
      }),
    ],
    resolve: {
      alias: [
        // One graphql instance: the CommonJS entry Node-loaded libraries (type-graphql, Apollo) use.
        { find: /^graphql$/, replacement: require.resolve('graphql') },
        { find: /^@tandem\/shared$/, replacement: path.join(here, '../../packages/shared/src/index.ts') },
      ],
    },
    test: {
      name,
      root: here,
      include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
      exclude: ['**/node_modules/**', ...exclude],
      env,
      testTimeout: 30_000,
      hookTimeout: 60_000,
      pool: 'forks',
    },
  };
}
