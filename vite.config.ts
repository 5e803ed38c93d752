/// <reference types="vitest/config" />
// Build and unit-test configuration. `--mode single` makes one self-contained HTML file that works from disk.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { cspPlugin } from './scripts/csp.ts';
import { messagesPlugin } from './scripts/messages.ts';

export default defineConfig(({ mode }) => {
  const single = mode === 'single';
  return {
    // Relative paths, so the built site can be hosted from any folder.
    base: './',
    plugins: single
      ? [messagesPlugin(), react(), viteSingleFile({ removeViteModuleLoader: true }), cspPlugin()]
      : [messagesPlugin(), react(), cspPlugin()],
    build: {
      target: 'es2022',
      chunkSizeWarningLimit: 900,
      rolldownOptions: {
        output: {
          // The shared file that carries Recharts is named for it, so the benchmark's table reads.
          chunkFileNames: (chunk: {
            facadeModuleId: string | null;
            moduleIds: readonly string[];
          }) =>
            chunk.facadeModuleId === null &&
            chunk.moduleIds.some((id) => /node_modules[\\/]recharts[\\/]/.test(id))
              ? 'assets/recharts-[hash].js'
              : 'assets/[name]-[hash].js',
        },
      },
      outDir: single ? 'dist-single' : 'dist',
      ...(single ? { assetsInlineLimit: 100_000_000, cssCodeSplit: false } : {}),
    },
    test: {
      environment: 'jsdom',
      globals: true,
      setupFiles: ['./src/test/setup.ts'],
      include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
      // Component tests render the whole page in jsdom; on a busy two-core machine one can take
      // several seconds, which is load, not a failure.
      testTimeout: 20_000,
    },
  };
});
