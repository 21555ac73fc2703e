/**
 * The facts of a case record as `<hotro-entitlements>` reads them (everything but `asOf`, which
 * the screen supplies). A record without an identification status has no facts to assess.
 *
 * @module
 */
import type { CaseRecord, FactsEncoded } from "@hotro/rules"

export const factsOfCase = (record: CaseRecord): Omit<FactsEncoded, "asOf"> | null =>
  record.status === undefined
    ? null
    : {
        person: record.person,
        status: record.status,
        ...(record.province === undefined ? {} : { province: record.province }),
        ...(record.traffickedIn === undefined ? {} : { traffickedIn: record.traffickedIn }),
        ...(record.needs === undefined ? {} : { needs: record.needs }),
      }
