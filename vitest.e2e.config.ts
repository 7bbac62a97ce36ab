import { defineConfig } from 'vitest/config';

// Browser tests: a real server (built web app, PGlite) driven by Debian's Chromium.
export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ['tests/e2e/**/*.e2e.test.ts'],
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // A page waits on a real server, which on a busy 2-core machine can take longer than the
    // default 1 s of expect.poll; the assertions stay the same.
    expect: { poll: { timeout: 15_000 } },
  },
});
