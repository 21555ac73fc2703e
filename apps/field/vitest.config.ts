import path from "node:path"
import { defineConfig } from "vitest/config"

export default defineConfig({
  resolve: {
    // Tests run on the rules source, not on a build that may be stale.
    alias: { "@hotro/rules": path.resolve(import.meta.dirname, "../../packages/rules/src/index.ts") },
  },
  test: {
    environment: "node",
    include: ["test/**/*.test.ts"],
    // Two shared cores in CI: tests over whole data files may take several seconds there.
    testTimeout: 30_000,
    setupFiles: ["fake-indexeddb/auto"],
  },
})
