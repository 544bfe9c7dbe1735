import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The built pages are served over app:// under a strict CSP (script-src 'self'; style-src 'self'),
// so the output must hold no inline script or style: modules and CSS go to files, no asset is
// inlined as a data: URL into CSS or JS, and relative paths keep it loadable from any base.
const root = new URL('.', import.meta.url).pathname;

export default defineConfig({
  root,
  base: './',
  plugins: [react()],
  build: {
    outDir: new URL('../dist/renderer/', import.meta.url).pathname,
    emptyOutDir: true,
    assetsInlineLimit: 0,
    cssCodeSplit: false,
    modulePreload: { polyfill: false },
    target: 'es2022',
    sourcemap: false,
  },
});
