/// <reference types="vitest/config" />
// Build and unit-test configuration. `--mode single` makes one self-contained HTML file that works from disk.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';

export default defineConfig(({ mode }) => {
  const single = mode === 'single';
  return {
    // Relative paths, so the built site can be hosted from any folder.
    base: './',
    plugins: single ? [react(), viteSingleFile({ removeViteModuleLoader: true })] : [react()],
    build: {
      target: 'es2022',
      chunkSizeWarningLimit: 900,
      outDir: single ? 'dist-single' : 'dist',
      ...(single ? { assetsInlineLimit: 100_000_000, cssCodeSplit: false } : {}),
    },
    test: {
      environment: 'jsdom',
      globals: true,
      setupFiles: ['./src/test/setup.ts'],
      include: ['src/**/*.test.{ts,tsx}'],
    },
  };
});
