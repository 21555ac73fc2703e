import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Two shared cores in CI: tests over whole data files may take several seconds there.
    testTimeout: 30_000,
  },
})
