import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{common,main,renderer,preload,scripts}/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    pool: 'forks',
    setupFiles: ['main/test-support/fast-check-setup.ts'],
  },
});
