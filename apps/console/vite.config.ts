import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const consoleRoot = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
// The API listens here in development (`npm start` / `npm run start:api`); the dev server proxies to it so
// the console talks to one origin, as it does in production where the API serves dist/console.
const apiTarget = process.env.LIFELINE_API_URL ?? 'http://localhost:3000';

export default defineConfig({
  root: consoleRoot,
  plugins: [react()],
  resolve: {
    alias: {
      '@lifeline/api-contract': `${repoRoot}libs/api-contract/src/index.ts`,
    },
  },
  build: {
    outDir: `${repoRoot}dist/console`,
    emptyOutDir: true,
    sourcemap: true,
  },
  server: {
    port: 4200,
    proxy: {
      '/graphql': { target: apiTarget, changeOrigin: true },
      '/socket.io': { target: apiTarget, ws: true, changeOrigin: true },
    },
  },
});
