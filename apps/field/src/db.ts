/**
 * The field app's local database (IndexedDB through Dexie). Every schema version lives here, in
 * order; a version that changes data ships its `upgrade()`. Case records are stored in their
 * encoded Schema form (`CaseRecordEncoded`) and decoded on read.
 *
 * @module
 */
import type { CaseRecordEncoded, RecordId } from "@hotro/rules"
import { Dexie, type EntityTable } from "dexie"

/** Where a local case stands against the server. */
export type SyncState = "pending" | "synced" | "conflict"

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

/** A write the server refused because it holds another version; shown until a person decides. */
export interface Conflict {
  readonly id: number
  readonly recordId: RecordId
  readonly op: "create" | "update"
  readonly local: CaseRecordEncoded
  /** The server's record and version as the 409 response gave them (when it did). */
  readonly server: unknown
  readonly serverVersion: number | null
  readonly detectedAt: number
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
  }
}
