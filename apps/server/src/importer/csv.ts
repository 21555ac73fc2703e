/**
 * A small RFC 4180 CSV reader: comma-separated fields, `"`-quoted fields with `""` for a quote
 * and line breaks allowed inside quotes, records ended by LF or CRLF, a leading BOM ignored.
 *
 * @module
 */

/** One record and the file line it starts on (1 = the first line, usually the header). */
export interface CsvRecord {
  readonly line: number
  readonly fields: ReadonlyArray<string>
}

/** A quoted field that is never closed, or a quote in the middle of an unquoted field. */
export class CsvSyntaxError extends Error {
  constructor(readonly line: number, reason: string) {
    super(`line ${line}: ${reason}`)
  }
}

/** Every record of `text`; blank lines are skipped. Throws {@link CsvSyntaxError}. */
export const parseCsv = (text: string): ReadonlyArray<CsvRecord> => {
  const records: Array<CsvRecord> = []
  const source = text.startsWith("\uFEFF") ? text.slice(1) : text
  let fields: Array<string> = []
  let field = ""
  let line = 1
  let recordLine = 1
  let index = 0

  const endRecord = () => {
    fields.push(field)
    if (!(fields.length === 1 && fields[0] === "")) records.push({ line: recordLine, fields })
    fields = []
    field = ""
  }

  while (index < source.length) {
    const char = source[index]!
    if (char === '"') {
      if (field !== "") throw new CsvSyntaxError(line, "a quote inside an unquoted field")
      const quoteLine = line
      index += 1
      for (;;) {
        if (index >= source.length) throw new CsvSyntaxError(quoteLine, "a quoted field is never closed")
        const quoted = source[index]!
        if (quoted === '"') {
          if (source[index + 1] === '"') {
            field += '"'
            index += 2
            continue
          }
          index += 1
          break
        }
        if (quoted === "\n") line += 1
        field += quoted
        index += 1
      }
      const next = source[index]
      if (next !== undefined && next !== "," && next !== "\n" && next !== "\r") {
        throw new CsvSyntaxError(line, "text after a closing quote")
      }
      continue
    }
    if (char === ",") {
      fields.push(field)
      field = ""
      index += 1
      continue
    }
    if (char === "\r" && source[index + 1] === "\n") index += 1
    if (char === "\n" || char === "\r") {
      endRecord()
      index += 1
      line += 1
      recordLine = line
      continue
    }
    field += char
    index += 1
  }
  if (field !== "" || fields.length > 0) endRecord()
  return records
}
