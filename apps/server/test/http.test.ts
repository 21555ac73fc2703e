/**
 * The rest of the HTTP surface: health, parameters, screenings, static parts with the SPA
 * fallback, problems for unknown routes, and request logs free of personal data.
 */
import { mkdtemp, mkdir, writeFile } from "node:fs/promises"
import { tmpdir } from "node:os"
import path from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { caseRecord, readBody, send, testServer, type TestServer } from "./support.ts"

let server: TestServer
let fieldDir: string
beforeAll(async () => {
  fieldDir = await mkdtemp(path.join(tmpdir(), "hotro-field-"))
  await mkdir(path.join(fieldDir, "assets"))
  await writeFile(path.join(fieldDir, "index.html"), "<!doctype html><title>field</title>")
  await writeFile(path.join(fieldDir, "assets", "app.js"), "console.log('field')")
  server = await testServer({ staticDirs: { field: fieldDir, widgets: path.join(fieldDir, "not-built") } })
}, 60_000)
afterAll(() => server.store.close())

describe("GET /health", () => {
  it("reports the store and the rules version", async () => {
    const body = await readBody(await send(server.app, "GET", "/health"))
    expect(body).toMatchObject({ status: "ok", store: "pglite" })
    expect(typeof body.rulesVersion).toBe("string")
  })
})

describe("GET /v1/parameters", () => {
  it("lists the values in force on a date, with a province's rates", async () => {
    const response = await send(server.app, "GET", "/v1/parameters?asOf=2024-04-01&province=ha-giang")
    expect(response.status).toBe(200)
    const body = await readBody(response)
    expect(body).toMatchObject({ asOf: "2024-04-01", province: "ha-giang" })
    expect(body.parameters.length).toBeGreaterThan(0)
  })

  it("a missing or impossible asOf names asOf; an unknown province names province", async () => {
    for (const query of ["", "?asOf=2023-02-29", "?asOf=yesterday"]) {
      const response = await send(server.app, "GET", `/v1/parameters${query}`)
      expect(response.status, query).toBe(400)
      expect((await readBody(response)).issues.map((issue: { path: string }) => issue.path)).toEqual(["asOf"])
    }
    const unknown = await send(server.app, "GET", "/v1/parameters?asOf=2024-04-01&province=atlantis")
    expect(unknown.status).toBe(400)
    expect((await readBody(unknown)).issues[0].path).toBe("province")
  })
})

describe("POST /v1/screenings", () => {
  it("C22 a girl of 16 handed over for marriage for money: indicators met (means not required under 18)", async () => {
    const response = await send(server.app, "POST", "/v1/screenings", {
      actsOn: "2025-09-01",
      person: { birthDate: "2009-02-03" },
      acts: ["recruit", "transport", "transfer"],
      purposes: ["money_or_benefit", "forced_marriage"],
      means: {},
    })
    expect(response.status).toBe(200)
    expect((await readBody(response)).answer).toBe("indicators_met")
  })

  it("bad input names the field", async () => {
    const response = await send(server.app, "POST", "/v1/screenings", { actsOn: "2025-13-01", person: {}, acts: ["kidnap"], purposes: [], means: {} })
    expect(response.status).toBe(400)
    const paths = (await readBody(response)).issues.map((issue: { path: string }) => issue.path)
    expect(paths).toEqual(expect.arrayContaining(["actsOn", "acts.0"]))
  })
})

describe("static parts", () => {
  it("/field/ serves the field app, falls back to index.html for app routes, and 404s a missing asset", async () => {
    expect((await send(server.app, "GET", "/field")).status).toBe(302)
    const index = await send(server.app, "GET", "/field/")
    expect(await index.text()).toContain("<title>field</title>")
    expect(await (await send(server.app, "GET", "/field/assets/app.js")).text()).toContain("console.log")
    const route = await send(server.app, "GET", "/field/cases/new")
    expect(route.status).toBe(200)
    expect(await route.text()).toContain("<title>field</title>")
    expect((await send(server.app, "GET", "/field/assets/missing.js")).status).toBe(404)
    expect((await send(server.app, "GET", "/field/../package.json")).status).toBe(404)
  })

  it("/demo/ embeds <hotro-entitlements> with one script tag for the widget bundle", async () => {
    const page = await (await send(server.app, "GET", "/demo/")).text()
    expect(page).toContain("<hotro-entitlements")
    expect(page.match(/<script[^>]*src=/g)).toEqual(['<script type="module" src='])
    expect(page).toContain('<script type="module" src="/widgets/hotro-widgets.js"></script>')
  })

  it("the widget bundle may be loaded by agency pages on other sites (CORS)", async () => {
    const response = await server.app.request("/widgets/hotro-widgets.js", { headers: { origin: "https://agency.example" } })
    expect(response.headers.get("access-control-allow-origin")).toBe("*")
  })

  it("a part that is not built answers a problem saying so", async () => {
    const response = await send(server.app, "GET", "/widgets/hotro-widgets.js")
    expect(response.status).toBe(404)
    expect((await readBody(response)).title).toMatch(/not built/)
  })
})

describe("problems and logs", () => {
  it("an unknown route is a 404 problem", async () => {
    const response = await send(server.app, "GET", "/v1/nothing-here")
    expect(response.status).toBe(404)
    expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/)
  })

  it("logs method, route pattern, status and duration only: no ids, no query, no body", async () => {
    const record = caseRecord({ reference: "REF-PRIVATE-42" })
    await send(server.app, "POST", "/v1/cases", record)
    await send(server.app, "GET", `/v1/cases/${record["id"]}?origin=field`)
    const lines = server.logLines.join("\n")
    expect(lines).not.toContain(record["id"])
    expect(lines).not.toContain("REF-PRIVATE-42")
    expect(lines).not.toContain("origin=field")
    expect(server.logLines.some((line) => /^GET \/v1\/cases\/:id 200 \d+ms$/.test(line))).toBe(true)
    for (const line of server.logLines) expect(line).toMatch(/^(GET|POST|PUT|HEAD) \S+ \d{3} \d+ms$/)
  })
})
