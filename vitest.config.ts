import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    // Hooks build whole sites too; on a loaded 2-core machine the 10 s default is too tight.
    hookTimeout: 60_000,
    pool: 'forks',
  },
})
