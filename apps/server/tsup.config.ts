import { defineConfig } from "tsup"

export default defineConfig({
  entry: ["src/index.ts", "src/cli.ts"],
  format: ["esm"],
  dts: false,
  clean: true,
  sourcemap: true,
  target: "es2023",
  platform: "node",
  // Migrations ship inside the bundle, so `dist/` runs without `src/`.
  loader: { ".sql": "text" },
})
