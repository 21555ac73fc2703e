/// <reference types="node" />
/**
 * The README's example (the ```js block after `<!-- example: readme -->`) runs unchanged against
 * the built package (`dist/`, which turbo builds before this test) and prints the README's output
 * block (after `<!-- output: readme -->`):
 *
 * 1. in Node, as an ES module, in a child process;
 * 2. bundled for the browser with esbuild and run in real Chromium (playwright-core and the
 *    system's Chromium), printing the same lines to the console.
 *
 * The example is written under `node_modules/` of this package so that `@hotro/rules` and
 * `effect` resolve as they do for a user of the package: through `node_modules`, to `dist/`.
 * The browser half is skipped (with a message) only when Chromium is absent outside CI.
 */
import { execFile } from "node:child_process"
import { existsSync } from "node:fs"
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises"
import path from "node:path"
import { promisify } from "node:util"
import { build } from "esbuild"
import { chromium } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"

const packageDir = path.resolve(import.meta.dirname, "..")
const chromiumPath = process.env["CHROMIUM_PATH"] || "/usr/bin/chromium"
const inCi = Boolean(process.env["CI"])
const haveChromium = existsSync(chromiumPath)
if (!haveChromium && !inCi) {
  console.warn(`readme-example.test: browser half skipped, no Chromium at ${chromiumPath} (set CHROMIUM_PATH; in CI it always runs)`)
}

/** The fenced block that follows `<!-- marker -->` in the README. */
const markedBlock = (readme: string, marker: string, language: string): string => {
  const match = new RegExp(`<!-- ${marker} -->\\s*\`\`\`${language}\\n([\\s\\S]*?)\`\`\``).exec(readme)
  if (match?.[1] === undefined) throw new Error(`README.md has no \`\`\`${language} block after <!-- ${marker} -->`)
  return match[1]
}

const lines = (text: string): ReadonlyArray<string> => text.trimEnd().split("\n")

describe("the README example (case C09)", () => {
  let example = ""
  let expected: ReadonlyArray<string> = []
  let workDir = ""

  beforeAll(async () => {
    if (!existsSync(path.join(packageDir, "dist/index.js"))) {
      throw new Error("packages/rules/dist is missing: build first (`npx tsup`; turbo's test task depends on build)")
    }
    const readme = await readFile(path.join(packageDir, "README.md"), "utf8")
    example = markedBlock(readme, "example: readme", "js")
    expected = lines(markedBlock(readme, "output: readme", "text"))
    // Inside the package's tree, so Node and esbuild find the workspace's node_modules/@hotro/rules.
    await mkdir(path.join(packageDir, "node_modules"), { recursive: true })
    workDir = await mkdtemp(path.join(packageDir, "node_modules", ".readme-example-"))
  })

  afterAll(async () => {
    if (workDir !== "") await rm(workDir, { recursive: true, force: true })
  })

  it("prints the README's output in Node, as an ES module against dist/", async () => {
    const file = path.join(workDir, "example.mjs")
    await writeFile(file, example)
    const { stdout } = await promisify(execFile)(process.execPath, [file], { cwd: workDir })
    expect(lines(stdout)).toEqual(expected)
  }, 30_000)

  it.skipIf(!haveChromium && !inCi)("prints the same in Chromium, bundled for the browser", async () => {
    const bundle = await build({
      stdin: { contents: example, resolveDir: workDir, sourcefile: "readme-example.js", loader: "js" },
      bundle: true,
      platform: "browser",
      format: "esm",
      write: false,
      logLevel: "silent",
    })
    const script = bundle.outputFiles[0]?.text ?? ""
    const browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    })
    try {
      const page = await browser.newPage()
      const printed: Array<string> = []
      const errors: Array<string> = []
      page.on("console", (message) => printed.push(message.text()))
      page.on("pageerror", (error) => errors.push(error.message))
      // A made-up origin answered here: the page needs no network and no server.
      await page.route("http://readme.example/**", (route) =>
        route.request().url().endsWith("/example.js")
          ? route.fulfill({ contentType: "text/javascript; charset=utf-8", body: script })
          : route.fulfill({ contentType: "text/html; charset=utf-8", body: '<!doctype html><script type="module" src="/example.js"></script>' }),
      )
      // Module scripts run before the load event that goto waits for.
      await page.goto("http://readme.example/")
      // Console events arrive in order on the same connection as this round trip's answer.
      await page.evaluate(() => undefined)
      expect(errors).toEqual([])
      expect(printed).toEqual(expected)
    } finally {
      await browser.close()
    }
  }, 60_000)
})
