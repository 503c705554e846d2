import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  root: here('.'),
  base: '/',
  plugins: [react()],
  resolve: { alias: { '@contracts': here('../contracts/index.ts') } },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
  build: { outDir: here('dist'), emptyOutDir: true, chunkSizeWarningLimit: 1200 },
});
