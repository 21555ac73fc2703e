/// <reference types="node" />
/**
 * Writes `docs/rules/*.md` from the parameter files, the case tables and the case-named tests:
 * `npm run docs -w @hotro/rules`.
 */
import { mkdirSync, writeFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { renderRuleDocs } from "./rule-docs.ts"

const target = join(dirname(fileURLToPath(import.meta.url)), "../../../docs/rules")
mkdirSync(target, { recursive: true })
const pages = renderRuleDocs()
for (const [file, contents] of pages) writeFileSync(join(target, file), contents)
console.log(`wrote ${pages.size} pages to docs/rules`)
