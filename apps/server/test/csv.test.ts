import { describe, expect, it } from "vitest"
import { CsvSyntaxError, parseCsv } from "../src/importer/csv.ts"
import { importRecordId, rowRecordId } from "../src/importer/record-ids.ts"

describe("parseCsv", () => {
  it("reads plain fields with LF or CRLF, keeps empty fields, skips blank lines, and numbers lines", () => {
    expect(parseCsv("a,b,c\r\n1,,3\n\n4,5,\n")).toEqual([
      { line: 1, fields: ["a", "b", "c"] },
      { line: 2, fields: ["1", "", "3"] },
      { line: 4, fields: ["4", "5", ""] },
    ])
  })

  it("reads quoted fields with commas, doubled quotes and line breaks", () => {
    expect(parseCsv('\uFEFFname,note\n"Hà, Giang","say ""hi""\nthen go"\nlast,""')).toEqual([
      { line: 1, fields: ["name", "note"] },
      { line: 2, fields: ["Hà, Giang", 'say "hi"\nthen go'] },
      { line: 4, fields: ["last", ""] },
    ])
  })

  it("reports an unclosed quote or stray text with its line", () => {
    expect(() => parseCsv('a\n"open')).toThrow(CsvSyntaxError)
    expect(() => parseCsv('a\n"open')).toThrow(/line 2/)
    expect(() => parseCsv('a\n"x"y')).toThrow(CsvSyntaxError)
    expect(() => parseCsv('a\nx"y')).toThrow(CsvSyntaxError)
  })
})

describe("import record ids", () => {
  it("are RFC 9562 version 5 UUIDs (checked against a known vector), one per file and line", () => {
    // Python: uuid.uuid5(uuid.UUID("6f1d3c8e-2b7a-4c5d-9e0f-1a2b3c4d5e6f"), "hello")
    expect(importRecordId("hello")).toBe("95f77f09-d70a-578e-8e0c-fc6a6f10b084")
    expect(rowRecordId("abc", 2)).not.toBe(rowRecordId("abc", 3))
    expect(rowRecordId("abc", 2)).toBe(rowRecordId("abc", 2))
    expect(rowRecordId("abc", 2)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
  })
})
