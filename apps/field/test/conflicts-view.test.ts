// @vitest-environment happy-dom
import { render } from "lit"
import { describe, expect, it } from "vitest"
import type { Conflict } from "../src/db.ts"
import { en } from "../src/i18n/en.ts"
import { conflictsView, differences } from "../src/ui/conflicts-view.ts"
import { aCase } from "./cases.ts"
import { encodeCaseRecord } from "../src/case-store.ts"

describe("differences between the device's and the server's version", () => {
  it("names each differing field by its path, including fields only one side has", () => {
    const device = { reference: "A", person: { poorHousehold: true }, supports: [{ kind: "medical" }] }
    const server = { reference: "A", person: { poorHousehold: false }, communeId: "00001", supports: [] }
    expect(differences(device, server)).toEqual([
      { path: "person.poorHousehold", device: true, server: false },
      { path: "supports.0.kind", device: "medical", server: undefined },
      { path: "communeId", device: undefined, server: "00001" },
    ])
  })
})

describe("a refused write on the conflicts screen", () => {
  const id = "0b6f7c1e-4a8b-4c1d-9e2f-3a4b5c6d7e8f"
  const refused: Conflict = {
    id: 1,
    recordId: id,
    op: "create",
    local: encodeCaseRecord(aCase(id)),
    server: null,
    serverVersion: null,
    detectedAt: 1,
    refusal: { status: 400, detail: null, issues: [{ path: "person.birthDate", message: "must not be in the future" }] },
  }

  it("shows the fields the server named, the refused values and the reasons, and offers to edit or discard", () => {
    const root = document.createElement("div")
    const discarded: Array<number> = []
    render(
      conflictsView({
        m: en,
        conflicts: [refused],
        deviceCopy: (conflict) => conflict.local,
        onKeepDevice: () => undefined,
        onTakeServer: () => undefined,
        onDiscard: (conflict) => discarded.push(conflict.id),
      }),
      root,
    )
    const cells = [...root.querySelectorAll(".refused-fields tbody td")].map((cell) => cell.textContent?.trim())
    expect(cells).toEqual(["person.birthDate", "1998-06-01", "must not be in the future"])
    expect(root.querySelector(`a[href="#/case/${id}/edit"]`)?.textContent).toBe(en.caseView.edit)
    const discard = [...root.querySelectorAll("button")].find((button) => button.textContent === en.conflictsView.discardUnsent)
    discard?.click()
    expect(discarded).toEqual([1])
    expect(root.textContent).not.toContain(en.conflictsView.keepDevice)
  })
})
