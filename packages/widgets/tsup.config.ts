import { defineConfig } from "tsup"

export default defineConfig([
  {
    // For bundlers: lit, effect and @hotro/rules stay imports so an app ships them once.
    entry: { index: "src/index.ts" },
    format: ["esm"],
    dts: true,
    sourcemap: true,
    target: "es2023",
    platform: "browser",
  },
  {
    // The one-script-tag embed: everything inside, minified; importing it registers the element.
    entry: { "hotro-widgets": "src/index.ts" },
    format: ["esm"],
    dts: false,
    sourcemap: false,
    minify: true,
    target: "es2023",
    platform: "browser",
    noExternal: [/.*/],
  },
])
