/**
 * The one storage interface the HTTP layer talks to. Implemented once over SQL (`sql-store.ts`)
 * and run on PGlite or PostgreSQL (`open-store.ts`).
 *
 * Every record is stored in its encoded JSON form and decoded again on read, so a record that
 * leaves the store is always a valid one.
 *
 * @module
 */
import type { Schema } from "effect"
import {
  CommunicationActivity,
  Locality,
  SupportOfficer,
  Training,
  type CaseRecord,
  type PlanRecords,
  type ProvinceId,
  type RecordId,
  type RecordOrigin,
} from "@hotro/rules"

/** A case record with what the server keeps beside it. */
export interface StoredCase {
  readonly id: RecordId
  /** Starts at 1, increases by one on every change; the `baseVersion` of an update. */
  readonly version: number
  readonly origin: RecordOrigin
  /** ISO 8601 instants. */
  readonly createdAt: string
  readonly updatedAt: string
  readonly record: CaseRecord
}

/** One page of case records and how many match in all. */
export interface CasePage {
  readonly items: ReadonlyArray<StoredCase>
  readonly total: number
}

/** The records, besides cases, that plan targets are counted from. */
export interface PlanRecordTypes {
  readonly localities: Locality
  readonly activities: CommunicationActivity
  readonly officers: SupportOfficer
  readonly trainings: Training
}
export type PlanRecordCollection = keyof PlanRecordTypes

/** The schema of each kind of plan record: the HTTP layer decodes with it, the store encodes. */
export const planRecordSchemas: { readonly [C in PlanRecordCollection]: Schema.Codec<PlanRecordTypes[C], unknown> } = {
  localities: Locality,
  activities: CommunicationActivity,
  officers: SupportOfficer,
  trainings: Training,
}

export interface Store {
  readonly kind: "pglite" | "postgres"
  /**
   * Creates a case record under its client-chosen id. The same id with an identical record
   * answers the stored one with `created: false` (a retried request); with a different record it
   * fails with `CaseConflict`.
   */
  readonly createCase: (record: CaseRecord) => Promise<{ readonly created: boolean; readonly stored: StoredCase }>
  /**
   * Replaces a case record if `baseVersion` is the stored version (the version then increases by
   * one). An identical record is answered as stored with `updated: false`, whatever the base (a
   * retried update). Fails with `CaseNotFound` or `StaleVersion`.
   */
  readonly updateCase: (
    record: CaseRecord,
    baseVersion: number,
  ) => Promise<{ readonly updated: boolean; readonly stored: StoredCase }>
  readonly getCase: (id: RecordId) => Promise<StoredCase | undefined>
  /** Case records in arrival order, optionally of one origin. */
  readonly listCases: (query: {
    readonly origin?: RecordOrigin
    readonly limit: number
    readonly offset: number
  }) => Promise<CasePage>
  /**
   * Creates many case records in one transaction: all or nothing. Records already stored
   * identically count as `unchanged`; any stored differently fail the whole batch with
   * `BatchConflict` naming each.
   */
  readonly importCases: (
    records: ReadonlyArray<CaseRecord>,
  ) => Promise<{ readonly created: number; readonly unchanged: number }>
  /** Stores a locality, activity, officer or training; idempotent by its key, else `RecordConflict`. */
  readonly putPlanRecord: <C extends PlanRecordCollection>(
    collection: C,
    record: PlanRecordTypes[C],
  ) => Promise<{ readonly created: boolean; readonly key: string }>
  /**
   * The records plan progress for `province` is computed from (what `planProgress` reads): the
   * case records that can count for it (with an identification status, of that province or of
   * none), and every locality, activity, officer and training. Which of them count is decided by
   * `planProgress`, not here.
   */
  readonly planRecords: (province: ProvinceId) => Promise<PlanRecords>
  readonly close: () => Promise<void>
}
