import { defineConfig } from 'vitest/config';

// Browser tests: the built app (pnpm build) served by the real server, driven in Debian's chromium.
export default defineConfig({
  test: {
    name: 'browser',
    include: ['*.e2e.ts'],
    globalSetup: ['./support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 90_000,
    // One chromium at a time on a 2-core machine.
    fileParallelism: false,
  },
});
