import react from '@vitejs/plugin-react';
import { defineConfig, defaultClientConditions } from 'vite';

// The API server (apps/server) in development; `pnpm start` serves both on one port instead.
const server = 'http://localhost:4000';

export default defineConfig({
  plugins: [react()],
  resolve: {
    // `source` makes @tandem/shared resolve to its TypeScript, so no build step is needed in dev.
    conditions: ['source', ...defaultClientConditions],
  },
  server: {
    port: 5173,
    proxy: {
      // The server checks the WebSocket Origin against PUBLIC_URL, so the dev origin is rewritten.
      '/graphql': { target: server, ws: true, changeOrigin: true, rewriteWsOrigin: true },
      '/api': { target: server },
      '/healthz': { target: server },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across deploys.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/ },
            { name: 'apollo', test: /node_modules[\\/](@apollo|graphql|graphql-ws|rxjs|optimism|@wry|tslib)[\\/]/ },
            { name: 'mantine', test: /node_modules[\\/](@mantine|@floating-ui|react-remove-scroll[^\\/]*|tabbable|clsx)[\\/]/ },
          ],
        },
      },
    },
  },
});
