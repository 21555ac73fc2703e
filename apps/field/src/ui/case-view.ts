/**
 * One case: its entitlements on a chosen date (computed on the device by `<hotro-entitlements>`
 * from the record's facts, `factsOfCase`), the support delivered, and the form to record more.
 *
 * @module
 */
import "@hotro/widgets"
import { kindLabels, SupportKind, type CaseRecord, type CaseRecordEncoded, type InputIssue } from "@hotro/rules"
import { Result } from "effect"
import { html, nothing, type TemplateResult } from "lit"
import { factsOn } from "../case-facts.ts"
import type { CaseRow } from "../db.ts"
import type { Language, Messages } from "../i18n/messages.ts"
import { provinceName } from "../provinces.ts"
import { issueList } from "./issue-list.ts"

const vnd = new Intl.NumberFormat("vi-VN", { style: "currency", currency: "VND" })

export interface CaseViewProps {
  readonly m: Messages
  readonly lang: Language
  readonly row: CaseRow
  readonly record: CaseRecord
  readonly asOf: string
  readonly today: string
  /** Why the oldest waiting write of this case was not sent, if it was tried. */
  readonly pendingError: string | null
  readonly supportIssues: ReadonlyArray<InputIssue>
  readonly onAsOf: (asOf: string) => void
  readonly onRecordSupport: (form: HTMLFormElement) => void
}

/** Reads the support form into the JSON form of a `DeliveredSupport`. */
export const supportFromForm = (form: FormData): unknown => {
  const amount = typeof form.get("amountVnd") === "string" ? String(form.get("amountVnd")).trim() : ""
  return {
    kind: form.get("kind"),
    deliveredOn: form.get("deliveredOn"),
    ...(amount === "" ? {} : { amountVnd: /^\d+$/.test(amount) ? Number(amount) : amount }),
  }
}

/** Province, commune and status of a case on one line (`Hà Giang · 02845 · Certified as a victim`). */
export const caseSummary = (m: Messages, record: Pick<CaseRecordEncoded, "province" | "communeId" | "status">): string =>
  [
    record.province === undefined ? undefined : provinceName(record.province),
    record.communeId,
    record.status === undefined ? undefined : m.register.statusKinds[record.status.kind],
  ]
    .filter((part) => part !== undefined)
    .join(" · ")

const label = (lang: Language, kind: SupportKind): string => kindLabels[kind][lang]

const entitlements = (props: CaseViewProps): TemplateResult => {
  const facts = factsOn(props.record, props.asOf)
  if (Result.isSuccess(facts)) return html`<hotro-entitlements .facts=${facts.success} lang=${props.lang}></hotro-entitlements>`
  return facts.failure.issues.every((issue) => issue.path === "status")
    ? html`<p class="notice">${props.m.caseWithoutStatus}</p>`
    : issueList(props.m, facts.failure.issues)
}

export const caseView = (props: CaseViewProps): TemplateResult => {
  const { m, lang, row, record } = props
  const c = m.caseView
  return html`<article class="case">
    <header class="case-header">
      <h2>${record.reference ?? record.id.slice(0, 8)}</h2>
      <span class="sync-state ${row.syncState}">${m.syncState[row.syncState]}</span>
      <a class="edit" href=${`#/case/${record.id}/edit`}>${c.edit}</a>
      <p class="case-meta">
        ${caseSummary(m, record)}
      </p>
      ${props.pendingError === null ? nothing : html`<p class="pending-error">${c.pendingError(props.pendingError)}</p>`}
    </header>

    <section class="entitlements">
      <label class="inline">
        ${c.assessOn}
        <input
          type="date"
          name="asOf"
          .value=${props.asOf}
          @change=${(event: Event) => props.onAsOf((event.target as HTMLInputElement).value)}
        />
      </label>
      ${entitlements(props)}
    </section>

    <section class="supports">
      <h3>${c.supports}</h3>
      ${record.supports.length === 0
        ? html`<p class="muted">${c.noSupports}</p>`
        : html`<ul class="support-list">
            ${record.supports.map(
              (support) => html`<li>
                <span>${label(lang, support.kind)}</span>
                <time datetime=${support.deliveredOn}>${support.deliveredOn}</time>
                ${support.amountVnd === undefined ? nothing : html`<span class="vnd">${vnd.format(support.amountVnd)}</span>`}
              </li>`,
            )}
          </ul>`}
      <form
        class="record-support"
        novalidate
        @submit=${(event: SubmitEvent) => {
          event.preventDefault()
          props.onRecordSupport(event.currentTarget as HTMLFormElement)
        }}
      >
        <h3>${c.recordSupport}</h3>
        ${props.supportIssues.length > 0 ? issueList(m, props.supportIssues) : nothing}
        <label>
          ${c.kind}
          <select name="kind">
            ${SupportKind.literals.map((kind) => html`<option value=${kind}>${label(lang, kind)}</option>`)}
          </select>
        </label>
        <label>${c.deliveredOn} <input type="date" name="deliveredOn" value=${props.today} /></label>
        <label>${c.amountVnd} <input name="amountVnd" inputmode="numeric" autocomplete="off" /></label>
        <button type="submit" class="primary">${m.save}</button>
      </form>
    </section>
  </article>`
}
