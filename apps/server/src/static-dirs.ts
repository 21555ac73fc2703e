/**
 * Where the static parts come from: the field app's build, the widget bundle and the demo page.
 * Defaults are resolved from this package's directory (this file sits one level below it in
 * `src/` and, bundled, in `dist/`), so the server serves them whatever the current directory.
 *
 * @module
 */
import path from "node:path"
import { fileURLToPath } from "node:url"

export interface StaticDirs {
  /** The field app's build (`apps/field/dist`), served at `/field/` with an SPA fallback. */
  readonly field: string
  /** The widget bundle (`packages/widgets/dist`), served at `/widgets/`. */
  readonly widgets: string
  /** The demo page (`apps/server/public/demo`), served at `/demo/`. */
  readonly demo: string
}

const packageRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")

export const defaultStaticDirs: StaticDirs = {
  field: path.resolve(packageRoot, "../field/dist"),
  widgets: path.resolve(packageRoot, "../../packages/widgets/dist"),
  demo: path.resolve(packageRoot, "public/demo"),
}
