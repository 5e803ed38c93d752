/// <reference types="vitest/config" />
// Build and unit-test configuration. `--mode single` makes one self-contained HTML file that works from disk.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { cspPlugin } from './scripts/csp.ts';
import { firstScreenPlugin } from './scripts/firstScreen.ts';
import { messagesPlugin, wordsChunkName } from './scripts/messages.ts';

export default defineConfig(({ mode }) => {
  const single = mode === 'single';
  return {
    // Relative paths, so the built site can be hosted from any folder.
    base: './',
    plugins: single
      ? [
          messagesPlugin(),
          react(),
          firstScreenPlugin(),
          viteSingleFile({ removeViteModuleLoader: true }),
          cspPlugin(),
        ]
      : [messagesPlugin(), react(), firstScreenPlugin(), cspPlugin()],
    build: {
      target: 'es2022',
      chunkSizeWarningLimit: 900,
      rolldownOptions: {
        output: {
          // The shared file that carries Recharts is named for it, so the benchmark's table reads.
          // A catalogue's parts are named "words-<language>-<part>", so the benchmark can count the
          // first part among what the first paint waits for.
          chunkFileNames: (chunk: {
            facadeModuleId: string | null;
            moduleIds: readonly string[];
          }) => {
            const words = wordsChunkName(chunk.facadeModuleId);
            if (words) return `assets/${words}-[hash].js`;
            if (chunk.facadeModuleId !== null) return 'assets/[name]-[hash].js';
            if (chunk.moduleIds.some((id) => /node_modules[\\/]recharts[\\/]/.test(id)))
              return 'assets/recharts-[hash].js';
            if (chunk.moduleIds.some((id) => /node_modules[\\/]@messageformat[\\/]/.test(id)))
              return 'assets/words-runtime-[hash].js';
            return 'assets/[name]-[hash].js';
          },
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
