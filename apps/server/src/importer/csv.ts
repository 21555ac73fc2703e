/**
 * CSV records with the file line each starts on, read by `csv-parse` (RFC 4180: quoted fields,
 * `""` for a quote, line breaks inside quotes, LF or CRLF, a leading BOM ignored). The line
 * numbers let the importer name a rejected row without quoting its content.
 *
 * @module
 */
import { CsvError, parse } from "csv-parse/sync"

/** One record and the file line it starts on (1 = the first line, usually the header). */
export interface CsvRecord {
  readonly line: number
  readonly fields: ReadonlyArray<string>
}

/** Text that is not valid CSV; `line` is where the reader stopped. */
export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    reason: string,
  ) {
    super(`line ${line}: ${reason}`)
  }
}

/** Every record of `text`; blank lines are skipped. Throws {@link CsvSyntaxError}. */
export const parseCsv = (text: string): ReadonlyArray<CsvRecord> => {
  try {
    const rows = parse(text, {
      bom: true,
      info: true,
      raw: true,
      record_delimiter: ["\r\n", "\n", "\r"],
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as ReadonlyArray<{ readonly record: Array<string>; readonly info: { readonly lines: number }; readonly raw: string }>
    // `info.lines` is the line a record ends on; its raw text starts with any skipped blank lines
    // and may hold line breaks inside quotes.
    return rows.map(({ record, info, raw }) => ({ line: info.lines - lineBreaksIn(raw), fields: record }))
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines ?? 0
      throw new CsvSyntaxError(line, error.message)
    }
    throw error
  }
}

const lineBreaksIn = (raw: string): number => {
  const body = raw.replace(/^(\r\n|\n|\r)+/, "").replace(/(\r\n|\n|\r)$/, "")
  return (body.match(/\r\n|\n|\r/g) ?? []).length
}
