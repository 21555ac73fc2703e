/**
 * A person's decision on a conflict (the server holds another version of a case) or on a write
 * the server refused. Nothing here runs by itself: the conflicts screen calls one of these when
 * the user chooses (fixing a refused write is an edit of the case: `updateCase`).
 *
 * @module
 */
import { CaseRecord, decodeInput } from "@hotro/rules"
import { Result } from "effect"
import { encodeCaseRecord } from "./case-store.ts"
import type { Conflict, FieldDatabase } from "./db.ts"

type Decision = (db: FieldDatabase, conflict: Conflict) => Promise<unknown>

// Runs `decide` on the conflict, if it is still there, in one transaction with its consequences.
const decideOn = (db: FieldDatabase, conflictId: number, decide: Decision): Promise<void> =>
  db.transaction("rw", db.cases, db.outbox, db.conflicts, async () => {
    const conflict = await db.conflicts.get(conflictId)
    if (conflict === undefined) return
    await db.conflicts.delete(conflictId)
    await decide(db, conflict)
  })

/**
 * Keeps the device's version: the device's copy of the case — with the changes made since the
 * conflicting write, which waited behind it and are superseded by it — is queued again as an
 * update based on the server's version.
 */
export const keepDeviceVersion = (db: FieldDatabase, conflictId: number): Promise<void> =>
  decideOn(db, conflictId, async (db, conflict) => {
    const row = await db.cases.get(conflict.recordId)
    await db.outbox.where("recordId").equals(conflict.recordId).delete()
    await db.outbox.add({ op: "update", recordId: conflict.recordId, body: row?.record ?? conflict.local, attempts: 0, lastError: null })
    await db.cases.update(conflict.recordId, { version: conflict.serverVersion, syncState: "pending" })
  })

// The server's version replaces the device's copy; the device's unsent writes to the case go.
const replaceWithServer: Decision = async (db, conflict) => {
  const server = encodeCaseRecord(Result.getOrThrow(decodeInput(CaseRecord, conflict.server)))
  await db.outbox.where("recordId").equals(conflict.recordId).delete()
  await db.cases.update(conflict.recordId, { record: server, version: conflict.serverVersion, syncState: "synced" })
}

/**
 * Takes the server's version: it replaces the device's copy, and the device's pending writes to
 * this case are dropped. Fails, changing nothing, if the server's record does not decode.
 */
export const takeServerVersion = (db: FieldDatabase, conflictId: number): Promise<void> => decideOn(db, conflictId, replaceWithServer)

/**
 * Discards a write the server refused, and the device's writes to the case waiting behind it: the
 * case becomes what the server holds, or, when the server holds none (a refused creation), leaves
 * this device. Fails, changing nothing, if the server's record does not decode.
 */
export const discardRefusedWrite = (db: FieldDatabase, conflictId: number): Promise<void> =>
  decideOn(db, conflictId, async (db, conflict) => {
    if (conflict.server !== null) return replaceWithServer(db, conflict)
    await db.outbox.where("recordId").equals(conflict.recordId).delete()
    await db.cases.delete(conflict.recordId)
  })
