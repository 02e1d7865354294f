import { defineConfig } from 'vitest/config';

/**
 * Two projects, split by folder so a new test file lands in the right one by where it is put:
 * - `unit`: everything that runs without podman, CRIU or a registry (pure functions, table tests
 *   over the catalogue, the generated docs, the bundles, property tests with a fake process runner);
 *   `npm run test:unit` runs only these, on any machine with Node.
 * - `e2e`: the tests that drive real podman, CRIU and a loopback registry (test/e2e, test/reliability).
 * `npm test` (and CI) runs both.
 */
const E2E = ['test/e2e/**/*.test.ts', 'test/reliability/**/*.test.ts'];

export default defineConfig({
  test: {
    // End-to-end files drive real podman and CRIU; they share one host, so files run one at a time.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 600_000,
    reporters: ['default'],
    // temporary directories a file made with test/support/temp.ts are removed after it
    setupFiles: ['test/setup.ts'],
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: [...E2E, '**/node_modules/**'] } },
      { extends: true, test: { name: 'e2e', include: E2E } },
    ],
  },
});
