import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Build and browser tests start processes; give them room on a 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Browser tests poll DOM state; Chromium answers storage.managed only seconds after start.
    expect: { poll: { timeout: 10_000, interval: 50 } },
  },
});
