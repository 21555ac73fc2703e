/**
 * The widget demo page (`public/demo/index.html`) embeds the widget the way agencies are told to:
 * one script tag, no script of its own, the facts as attributes. Its examples must be valid facts
 * that give the decisions their headings claim.
 */
import { readFile } from "node:fs/promises"
import { assess, decodeInput, Facts } from "@hotro/rules"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { defaultStaticDirs } from "../src/static-dirs.ts"

// Comments may name the element; only markup counts.
const page = (await readFile(`${defaultStaticDirs.demo}/index.html`, "utf8")).replace(/<!--[\s\S]*?-->/g, "")

const attribute = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)')`).exec(tag)?.slice(1).find((value) => value !== undefined)

const examples = [...page.matchAll(/<hotro-entitlements\b[^>]*>/g)].map(([tag]) => ({
  asOf: attribute(tag, "as-of"),
  lang: attribute(tag, "lang"),
  facts: JSON.parse(attribute(tag, "facts") ?? "null") as Record<string, unknown>,
}))

const assessed = (example: (typeof examples)[number]) =>
  Result.getOrThrow(assess(Result.getOrThrow(decodeInput(Facts, { ...example.facts, asOf: example.asOf }))))

describe("the demo page", () => {
  it("loads the widget with one script tag and runs no script of its own", () => {
    const scripts = [...page.matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag)
    expect(scripts).toEqual(['<script type="module" src="/widgets/hotro-widgets.js">'])
  })

  it("shows how to embed, with the script tag and an element", () => {
    expect(page).toContain("&lt;script type=\"module\" src=\"https://your-hotro-server/widgets/hotro-widgets.js\"&gt;")
    expect(page).toContain("&lt;hotro-entitlements as-of=")
  })

  it("C01 in English: vn-2024, G1", () => {
    const c01 = assessed(examples[0]!)
    expect(examples[0]?.lang).toBe("en")
    expect([c01.regime.id, c01.group?.id]).toEqual(["vn-2024", "G1"])
  })

  it("C09 in English: Hà Giang's initial hardship allowance of 3,000,000 VND", () => {
    const c09 = assessed(examples[1]!)
    expect(examples[1]?.lang).toBe("en")
    expect(c09.entitlements.find((entitlement) => entitlement.kind === "initial_hardship_and_loan")?.amount?.vnd).toBe(3_000_000)
  })

  it("C01 again without lang, in the default Vietnamese", () => {
    expect(examples[2]?.lang).toBeUndefined()
    expect(examples[2]?.facts).toEqual(examples[0]?.facts)
  })
})
