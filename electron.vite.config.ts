import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // Two programs: the Electron main process, and the browser-mode host `npm run web` runs
      // (built, so that it starts without compiling TypeScript first).
      lib: {
        entry: { index: resolve('main/electron/index.ts'), web: resolve('main/host/web.ts') },
        formats: ['es'],
      },
      // better-sqlite3 is native: loaded from node_modules at run time, never bundled.
      externalizeDeps: true,
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload must be one CommonJS file with everything inlined.
      lib: { entry: resolve('preload/index.ts'), formats: ['cjs'] },
      externalizeDeps: false,
    },
  },
  renderer: {
    root: resolve('renderer'),
    plugins: [react()],
    build: {
      outDir: resolve('out/renderer'),
      minify: true,
      rolldownOptions: { input: resolve('renderer/index.html') },
    },
  },
});
