/**
 * Imports a CTDC CSV file into a running server: checks the header, maps each row with the
 * rules' `ctdcRowToCaseRecord`, and sends the records in batches to `POST /v1/cases/batch`.
 * Every row is accounted for: imported (new or already present) or rejected with its line and a
 * reason. Identical rows are different people (k-anonymised data) and are never merged.
 *
 * @module
 */
import { Result, Schema } from "effect"
import { CaseRecord, ctdcColumns, ctdcRowToCaseRecord, type CaseRecordEncoded } from "@hotro/rules"
import { parseCsv } from "./csv.ts"
import { rowRecordId, sha256 } from "./record-ids.ts"

export interface RejectedRow {
  /** Line in the file (the header is line 1). */
  readonly line: number
  readonly reason: string
}

export interface ImportReport {
  readonly rowsRead: number
  /** New records plus records already present from an earlier import of the same file. */
  readonly imported: number
  readonly created: number
  readonly alreadyPresent: number
  readonly rejected: ReadonlyArray<RejectedRow>
}

/** The file cannot be imported at all (header, syntax) or the server failed; nothing more was sent. */
export class ImportFailed extends Error {}

export interface ImportOptions {
  /** The CSV text. */
  readonly text: string
  /** Base URL of the server, e.g. `http://localhost:8787`. */
  readonly server: string
  /** Records per request (the server takes up to 5,000). */
  readonly batchSize?: number
  readonly fetch?: (url: string, init: RequestInit) => Promise<Response>
  /** Called after each batch, for progress output. */
  readonly onProgress?: (sent: number, total: number) => void
}

interface Pending {
  readonly line: number
  readonly record: CaseRecordEncoded
}

interface BatchProblem {
  readonly status?: number
  readonly detail?: string
  readonly issues?: ReadonlyArray<{ readonly path: string; readonly message: string }>
}

const encodeCase = Schema.encodeSync(CaseRecord)

// `records.17.person.citizenship` names the 18th record of the batch.
const batchIndexOf = (path: string): number | undefined => {
  const match = /^records\.(\d+)(\.|$)/.exec(path)
  return match === null ? undefined : Number(match[1])
}

const checkHeader = (header: ReadonlyArray<string>): void => {
  const missing = ctdcColumns.filter((column) => !header.includes(column))
  if (missing.length > 0) {
    throw new ImportFailed(`the header lacks the CTDC column(s) ${missing.join(", ")} (expected: ${ctdcColumns.join(",")})`)
  }
}

/** Reads, maps and sends every row of a CTDC CSV file; throws {@link ImportFailed}. */
export const importCtdc = async (options: ImportOptions): Promise<ImportReport> => {
  const send = options.fetch ?? ((url: string, init: RequestInit) => fetch(url, init))
  const batchSize = options.batchSize ?? 1_000
  const endpoint = new URL("/v1/cases/batch", options.server).toString()

  let csv
  try {
    csv = parseCsv(options.text)
  } catch (error) {
    throw new ImportFailed(`not a readable CSV file: ${(error as Error).message}`)
  }
  const [header, ...rows] = csv
  if (header === undefined) throw new ImportFailed("the file is empty")
  checkHeader(header.fields)

  const fileHash = sha256(options.text)
  const rejected: Array<RejectedRow> = []
  const pending: Array<Pending> = []
  for (const row of rows) {
    if (row.fields.length !== header.fields.length) {
      rejected.push({ line: row.line, reason: `has ${row.fields.length} fields, the header has ${header.fields.length}` })
      continue
    }
    const values = Object.fromEntries(header.fields.map((column, index) => [column, row.fields[index]!]))
    const mapped = ctdcRowToCaseRecord(values, rowRecordId(fileHash, row.line))
    if (Result.isFailure(mapped)) rejected.push({ line: row.line, reason: mapped.failure })
    else pending.push({ line: row.line, record: encodeCase(mapped.success) })
  }

  let created = 0
  let alreadyPresent = 0
  for (let start = 0; start < pending.length; start += batchSize) {
    // A batch is all-or-nothing on the server: rows it names as invalid are set aside and the
    // rest is sent again, so one bad row never costs its batch.
    let batch = pending.slice(start, start + batchSize)
    while (batch.length > 0) {
      const response = await send(endpoint, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ records: batch.map((entry) => entry.record) }),
      })
      if (response.ok) {
        const outcome = (await response.json()) as { created: number; unchanged: number }
        created += outcome.created
        alreadyPresent += outcome.unchanged
        break
      }
      const problem = (await response.json().catch(() => ({}))) as BatchProblem
      const reasons = new Map<number, string>()
      for (const issue of problem.issues ?? []) {
        const index = batchIndexOf(issue.path)
        if (index !== undefined && !reasons.has(index)) reasons.set(index, `${issue.path.replace(/^records\.\d+\.?/, "") || "record"}: ${issue.message}`)
      }
      if (response.status >= 500 || reasons.size === 0) {
        throw new ImportFailed(
          `the server answered ${response.status} (${problem.detail ?? response.statusText}) for lines ${batch[0]!.line}–${batch.at(-1)!.line}; ${created + alreadyPresent} records were imported before`,
        )
      }
      for (const [index, reason] of reasons) rejected.push({ line: batch[index]!.line, reason })
      batch = batch.filter((_, index) => !reasons.has(index))
    }
    options.onProgress?.(Math.min(start + batchSize, pending.length), pending.length)
  }

  rejected.sort((left, right) => left.line - right.line)
  return { rowsRead: rows.length, imported: created + alreadyPresent, created, alreadyPresent, rejected }
}
