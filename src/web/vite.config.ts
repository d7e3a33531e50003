import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './vite-precompress.ts';

const here = dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: here,
  plugins: [react(), precompress()],
  build: {
    outDir: join(here, '..', '..', 'dist', 'web'),
    emptyOutDir: true,
    sourcemap: false,
    // Brotli at its best quality takes a couple of seconds by design; no need to warn about it.
    rolldownOptions: { checks: { pluginTimings: false } },
  },
  server: {
    // The API refuses other hosts and cross-origin writes; present dev requests as its own.
    proxy: {
      '/api': {
        target: 'http://127.0.0.1:3000',
        changeOrigin: true,
        headers: { origin: 'http://127.0.0.1:3000' },
      },
    },
  },
});
