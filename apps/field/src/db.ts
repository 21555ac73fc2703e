/**
 * The field app's local database (IndexedDB through Dexie). Every schema version lives here, in
 * order; a version that changes data ships its `upgrade()`. Case records are stored in their
 * encoded Schema form (`CaseRecordEncoded`) and decoded on read.
 *
 * @module
 */
import type { CaseRecordEncoded, InputIssue, RecordId } from "@hotro/rules"
import { Dexie, type EntityTable } from "dexie"

/**
 * Where a local case stands against the server: `conflict` (the server holds another version) and
 * `refused` (the server refused a write as it stands) wait for a person on the conflicts screen.
 */
export type SyncState = "pending" | "synced" | "conflict" | "refused"

/** A case as kept on the device. */
export interface CaseRow {
  readonly id: RecordId
  readonly record: CaseRecordEncoded
  /** Server version this copy is based on; `null` until the server first acknowledged it. */
  readonly version: number | null
  readonly syncState: SyncState
  /** Device time of the last local change (milliseconds), to order the list; not a legal date. */
  readonly savedAt: number
}

/** A write waiting to reach the server, in the order it was made. */
export interface OutboxEntry {
  readonly id: number
  readonly op: "create" | "update"
  readonly recordId: RecordId
  /** The whole record as it was written. */
  readonly body: CaseRecordEncoded
  readonly attempts: number
  readonly lastError: string | null
}

/**
 * Why the server refused a write with a 4xx other than 409 (invalid, unprocessable, not found):
 * its problem's `detail` and `issues`, each issue's `path` relative to the case record.
 */
export interface WriteRefusal {
  readonly status: number
  readonly detail: string | null
  readonly issues: ReadonlyArray<InputIssue>
}

/**
 * A write the server did not take — it holds another version (409), or it refused the write as
 * it stands (`refusal`) — moved out of the outbox and shown until a person decides.
 */
export interface Conflict {
  readonly id: number
  readonly recordId: RecordId
  readonly op: "create" | "update"
  readonly local: CaseRecordEncoded
  /** The server's record and version (`null`: the server holds no record of the case). */
  readonly server: unknown
  readonly serverVersion: number | null
  readonly detectedAt: number
  /** Set when the server refused the write rather than holding another version. */
  readonly refusal: WriteRefusal | null
}

export class FieldDatabase extends Dexie {
  cases!: EntityTable<CaseRow, "id">
  outbox!: EntityTable<OutboxEntry, "id">
  conflicts!: EntityTable<Conflict, "id">

  constructor(name = "hotro-field") {
    super(name)
    this.version(1).stores({
      cases: "id, syncState, savedAt",
      outbox: "++id, recordId",
      conflicts: "++id, recordId",
    })
    // Refused writes join the conflicts: the conflicts kept before are none.
    this.version(2)
      .stores({})
      .upgrade((tx) =>
        tx
          .table("conflicts")
          .toCollection()
          .modify((conflict: { refusal?: WriteRefusal | null }) => {
            conflict.refusal = null
          }),
      )
  }
}
