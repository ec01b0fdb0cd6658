import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The API server (packages/server) listens on 3000 in development; the built app is served by it
// from dist/, so production needs no proxy.
export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: false } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    // Libraries change less often than the app: separate chunks stay cached across releases.
    // Mantine is left to Rollup, so components only a lazy screen uses load with that screen.
    // Each administration screen is its own lazily loaded chunk (see src/app/router.tsx).
    rollupOptions: {
      output: {
        manualChunks(id) {
          if (!id.includes('node_modules')) return undefined;
          if (/node_modules\/(react|react-dom|scheduler)\//.test(id)) return 'react';
          if (/node_modules\/@tanstack\//.test(id)) return 'tanstack';
          if (/node_modules\/(zod|react-hook-form|@hookform)\//.test(id)) return 'forms';
          if (/node_modules\/(i18next|react-i18next|html-parse-stringify|void-elements)\//.test(id)) return 'i18n';
          return undefined;
        },
      },
    },
  },
});
