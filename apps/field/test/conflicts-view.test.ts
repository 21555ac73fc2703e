import { describe, expect, it } from "vitest"
import { differences } from "../src/ui/conflicts-view.ts"

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
