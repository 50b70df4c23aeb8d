import { defineConfig } from 'vitest/config';
import { serverProject } from './apps/server/vitest.shared.js';

// One run, every project: server integration tests on SQLite, again on MariaDB/MySQL when
// TEST_MYSQL_URL is set (less the tests that touch no database), the web unit tests and the browser tests.
export default defineConfig({
  test: {
    projects: [
      serverProject('server:sqlite', { TEST_DB: 'sqlite' }),
      ...(process.env.TEST_MYSQL_URL
        ? [
            serverProject('server:mysql', { TEST_DB: 'mysql' }, [
              'test/process.test.ts',
              'test/config.test.ts',
              'src/core/sqlite-checkpoint.test.ts',
            ]),
          ]
        : []),
      'packages/shared',
      'apps/web',
      'tests/e2e',
    ],
  },
});
