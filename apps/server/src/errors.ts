/**
 * Errors of the server's own (the law's errors come from `@hotro/rules`). Each one is mapped to
 * an HTTP status and a problem body in `problems.ts`.
 *
 * @module
 */
import { Data } from "effect"
import type { CaseRecordEncoded } from "@hotro/rules"
import type { PlanRecordCollection, StoredCase } from "./store/store.ts"

/** No case record with this id. */
export class CaseNotFound extends Data.TaggedError("CaseNotFound")<{ readonly id: string }> {
  override get message(): string {
    return `no case record with id ${this.id}`
  }
}

/** A create with an id already stored under a different body: sync never overwrites silently. */
export class CaseConflict extends Data.TaggedError("CaseConflict")<{
  readonly stored: StoredCase
  readonly submitted: CaseRecordEncoded
}> {
  override get message(): string {
    return `case record ${this.stored.id} already exists with a different content`
  }
}

/** An update whose `baseVersion` is not the stored version: someone changed the record meanwhile. */
export class StaleVersion extends Data.TaggedError("StaleVersion")<{
  readonly baseVersion: number
  readonly stored: StoredCase
  readonly submitted: CaseRecordEncoded
}> {
  override get message(): string {
    return `case record ${this.stored.id} is at version ${this.stored.version}, not ${this.baseVersion}`
  }
}

/** A batch import in which some records clash with stored ones; nothing of the batch was written. */
export class BatchConflict extends Data.TaggedError("BatchConflict")<{
  readonly conflicts: ReadonlyArray<{ readonly index: number; readonly id: string }>
}> {
  override get message(): string {
    return `${this.conflicts.length} record(s) already exist with a different content; nothing was imported`
  }
}

/** A locality, activity, officer or training already stored under the same key with other content. */
export class RecordConflict extends Data.TaggedError("RecordConflict")<{
  readonly collection: PlanRecordCollection
  readonly key: string
  readonly stored: unknown
  readonly submitted: unknown
}> {
  override get message(): string {
    return `${this.collection} record ${this.key} already exists with a different content`
  }
}

/** A stored record that no longer decodes (edited by hand, or a schema change without migration). */
export class StoredRecordInvalid extends Data.TaggedError("StoredRecordInvalid")<{
  readonly table: string
  readonly key: string
  readonly detail: string
}> {
  override get message(): string {
    return `stored ${this.table} record ${this.key} does not decode: ${this.detail}`
  }
}

/** No plan with this id. */
export class PlanNotFound extends Data.TaggedError("PlanNotFound")<{
  readonly id: string
  readonly known: ReadonlyArray<string>
}> {
  override get message(): string {
    return `no plan with id ${this.id} (known: ${this.known.join(", ")})`
  }
}
