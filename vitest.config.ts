import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // End-to-end files drive real podman and CRIU; they share one host, so files run one at a time.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 600_000,
    reporters: ['default'],
  },
});
