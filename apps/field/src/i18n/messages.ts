/**
 * The field app's UI strings, one catalogue per language. Legal terms (kinds of support) come
 * from `@hotro/rules`' `kindLabels`, not from here.
 *
 * @module
 */
import type { SyncState } from "../db.ts"

export type Language = "vi" | "en"

export interface Messages {
  readonly appTitle: string
  readonly otherLanguage: string
  readonly online: string
  readonly offline: string
  readonly serverUnreachable: string
  readonly waitingToSend: (count: number) => string
  readonly syncNow: string
  readonly syncing: string
  readonly lastSync: (pushed: number, conflicts: number) => string
  readonly nav: { readonly cases: string; readonly register: string; readonly conflicts: (count: number) => string }
  readonly syncState: Readonly<Record<SyncState, string>>
  readonly noCases: string
  readonly caseWithoutStatus: string
  readonly fixFields: string
  readonly required: string
  readonly unknown: string
  readonly yes: string
  readonly no: string
  readonly save: string
  readonly saved: string
  readonly cancel: string
  readonly editTitle: string
  readonly register: {
    readonly title: string
    readonly caseSection: string
    readonly personSection: string
    readonly statusSection: string
    readonly needsSection: string
    readonly reference: string
    readonly referenceHint: string
    readonly province: string
    readonly noProvince: string
    readonly communeId: string
    readonly birthDate: string
    readonly birthYear: string
    readonly sex: string
    readonly sexes: Readonly<Record<"female" | "male" | "other", string>>
    readonly citizenship: string
    readonly citizenshipHint: string
    readonly permanentResidentInVietnam: string
    readonly poorHousehold: string
    readonly nearPoorHousehold: string
    readonly financialDifficulty: string
    readonly healthInsured: string
    readonly statusKind: string
    readonly statusKinds: Readonly<Record<"victim" | "being_identified" | "accompanying_minor", string>>
    readonly accompanying: string
    readonly accompaniedCitizenship: string
    readonly accompaniedPermanentResident: string
    readonly certifiedOn: string
    readonly since: string
    readonly location: string
    readonly locations: Readonly<Record<"abroad" | "vietnam", string>>
    readonly traffickedIn: string
    readonly needs: Readonly<Record<
      | "essentialNeeds"
      | "medicalCare"
      | "interpretation"
      | "legalCounselling"
      | "legalAid"
      | "psychological"
      | "vocationalTraining"
      | "generalEducation",
      string
    >>
  }
  /** The circumstances that decide amounts and deadlines (see `Facts` in `@hotro/rules`). */
  readonly circumstances: {
    readonly staySection: string
    readonly admittedOn: string
    readonly leftOn: string
    readonly stayHint: string
    readonly homeSection: string
    readonly travelDays: string
    readonly canPay: string
    readonly fareVnd: string
    readonly returnedHomeOn: string
    readonly continuesSchoolFrom: string
    readonly applicationsSection: string
    readonly initialHardshipAllowanceFiledOn: string
    readonly legalAidRequestedOn: string
  }
  readonly caseView: {
    readonly notFound: string
    readonly edit: string
    readonly assessOn: string
    readonly supports: string
    readonly noSupports: string
    readonly recordSupport: string
    readonly kind: string
    readonly deliveredOn: string
    readonly amountVnd: string
    readonly pendingError: (error: string) => string
  }
  readonly conflictsView: {
    readonly title: string
    readonly none: string
    readonly explain: string
    readonly field: string
    readonly wholeRecords: string
    readonly device: string
    readonly server: string
    readonly keepDevice: string
    readonly takeServer: string
    /** A write the server refused (HTTP `status`), rather than a version conflict. */
    readonly refused: (status: number) => string
    readonly reason: string
    readonly discard: string
    /** Discarding a case the server holds no record of removes it from the device. */
    readonly discardUnsent: string
  }
}
