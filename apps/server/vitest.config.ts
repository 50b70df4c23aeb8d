import { defineConfig } from 'vitest/config';
import { serverProject } from './vitest.shared.js';

// `pnpm exec vitest` inside apps/server: SQLite, or the database named by TEST_DB.
export default defineConfig(serverProject('server', { TEST_DB: process.env.TEST_DB ?? 'sqlite' }));
