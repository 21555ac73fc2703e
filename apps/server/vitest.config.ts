import path from "node:path"
import { readFile } from "node:fs/promises"
import { defineConfig, type Plugin } from "vitest/config"

/** Loads `*.sql` as text, as tsup's `loader: { ".sql": "text" }` does for the build. */
const sqlAsText: Plugin = {
  name: "sql-as-text",
  async load(id) {
    if (!id.endsWith(".sql")) return null
    return `export default ${JSON.stringify(await readFile(id, "utf8"))}`
  },
}

export default defineConfig({
  plugins: [sqlAsText],
  resolve: {
    alias: { "@hotro/rules": path.resolve(import.meta.dirname, "../../packages/rules/src/index.ts") },
  },
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
})
