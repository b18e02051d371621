/// <reference types="vitest/config" />
import { babelOptimizerPlugin } from '@graphql-codegen/client-preset';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  // Vite's and Vitest's caches live with the dependencies, never among the hashed sources.
  cacheDir: 'node_modules/.vite',
  plugins: [
    react({
      // Each `graphql(...)` call becomes an import of its own document, so a page's chunk
      // carries only the documents it uses.
      babel: { plugins: [[babelOptimizerPlugin, { artifactDirectory: './src/gql', gqlTagName: 'graphql' }]] },
    }),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    manifest: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1024,
    rollupOptions: {
      output: {
        // React changes less often than the app: its own long-cached chunk (all first-load code).
        manualChunks(id) {
          return /node_modules\/(react|react-dom|scheduler|react-router)\//.test(id) ? 'react' : undefined;
        },
      },
    },
  },
  server: {
    // The refresh cookie is set by /graphql for /auth/ and sent back there; a Vite dev server on
    // another port sees the same origin through this proxy.
    // /public/statements/… is the customer's statement API; /statements/<id>/export.* and the
    // discrepancy attachments are the backend's signed downloads (the SPA's own /statements pages are not).
    proxy: {
      '/graphql': 'http://127.0.0.1:8000',
      '/auth': 'http://127.0.0.1:8000',
      '/public': 'http://127.0.0.1:8000',
      '^/statements/(discrepancies/[^/]+/attachment|[^/]+/export\\.(pdf|xlsx))': 'http://127.0.0.1:8000',
    },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/test/setup.ts'],
    css: false,
    restoreMocks: true,
  },
});
