/** Case records for tests, in their JSON form. */

/** A lowercase UUID (v4) for test records. */
export const newId = (): string => crypto.randomUUID()

/** A minimal valid case record in its JSON form. */
export const caseRecord = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: newId(),
  origin: "field",
  province: "quang-nam",
  person: { sex: "female", citizenship: "VN" },
  status: { kind: "victim", certifiedOn: "2023-05-02" },
  needs: { essentialNeeds: true },
  supports: [],
  refusals: [],
  ...overrides,
})
