import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The team dashboard and the public pages are one React app, built to dist/web and served by Fastify.
export default defineConfig({
  root: 'src/web',
  plugins: [react()],
  build: { outDir: '../../dist/web', emptyOutDir: true, chunkSizeWarningLimit: 4000 },
  server: { port: 5173, proxy: { '/api': 'http://localhost:3000', '/health': 'http://localhost:3000' } },
});
