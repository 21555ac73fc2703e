/**
 * The app shell: status bar (network, outbox size, "Sync now"), navigation and the screen of the
 * current route (`#/cases`, `#/new`, `#/case/:id`, `#/case/:id/edit`, `#/conflicts`). State comes from Dexie live
 * queries; every write goes through `case-store` (case + outbox in one transaction).
 *
 * @module
 */
import { CaseRecord, decodeInput, DeliveredSupport, type InputIssue, type RecordId } from "@hotro/rules"
import { liveQuery, type Subscription } from "dexie"
import { html, nothing, render, type TemplateResult } from "lit"
import { keyed } from "lit/directives/keyed.js"
import { decodeRow, editCase, recordSupport, registerCase } from "./case-store.ts"
import { discardRefusedWrite, keepDeviceVersion, takeServerVersion } from "./conflicts.ts"
import type { CaseRow, Conflict, FieldDatabase, OutboxEntry } from "./db.ts"
import { en } from "./i18n/en.ts"
import type { Language, Messages } from "./i18n/messages.ts"
import { vi } from "./i18n/vi.ts"
import { newRecordId } from "./record-id.ts"
import type { SyncReport } from "./sync.ts"
import { todayInVietnam } from "./today.ts"
import { caseSummary, caseView, supportFromForm } from "./ui/case-view.ts"
import { conflictsView } from "./ui/conflicts-view.ts"
import { caseForm, caseFromForm, editBase, newCaseBase } from "./ui/case-form.ts"

const catalogues: Readonly<Record<Language, Messages>> = { vi, en }

type Route =
  | { readonly screen: "cases" }
  | { readonly screen: "new" }
  | { readonly screen: "case"; readonly id: string }
  | { readonly screen: "edit"; readonly id: string }
  | { readonly screen: "conflicts" }

const routeOf = (hash: string): Route => {
  const [, screen, id, action] = hash.replace(/^#/, "").split("/")
  if (screen === "new") return { screen: "new" }
  if (screen === "conflicts") return { screen: "conflicts" }
  if (screen === "case" && id !== undefined) return action === "edit" ? { screen: "edit", id } : { screen: "case", id }
  return { screen: "cases" }
}

interface Stored {
  readonly cases: ReadonlyArray<CaseRow>
  readonly outbox: ReadonlyArray<OutboxEntry>
  readonly conflicts: ReadonlyArray<Conflict>
}

export interface FieldAppOptions {
  readonly root: HTMLElement
  readonly db: FieldDatabase
  readonly syncNow: () => Promise<SyncReport>
  /** Where the chosen language is remembered. */
  readonly storage: Pick<Storage, "getItem" | "setItem">
}

export class FieldApp {
  private stored: Stored = { cases: [], outbox: [], conflicts: [] }
  private route: Route = routeOf(location.hash)
  private lang: Language
  private online = navigator.onLine
  private syncing = false
  private lastReport: SyncReport | null = null
  private formIssues: ReadonlyArray<InputIssue> = []
  private supportIssues: ReadonlyArray<InputIssue> = []
  private notice: string | null = null
  /** Shown on the next screen (set before navigating). */
  private nextNotice: string | null = null
  private asOfByCase = new Map<string, string>()
  private subscription: Subscription | null = null

  constructor(private readonly options: FieldAppOptions) {
    this.lang = options.storage.getItem("hotro.lang") === "en" ? "en" : "vi"
  }

  private get m(): Messages {
    return catalogues[this.lang]
  }

  start(): void {
    const { db } = this.options
    this.subscription = liveQuery(async () => ({
      cases: await db.cases.orderBy("savedAt").reverse().toArray(),
      outbox: await db.outbox.orderBy("id").toArray(),
      conflicts: await db.conflicts.orderBy("id").toArray(),
    })).subscribe({
      next: (stored) => {
        this.stored = stored
        this.render()
      },
    })
    addEventListener("hashchange", () => {
      this.route = routeOf(location.hash)
      this.formIssues = []
      this.supportIssues = []
      this.notice = this.nextNotice
      this.nextNotice = null
      this.render()
      scrollTo(0, 0)
    })
    addEventListener("online", () => this.setOnline(true))
    addEventListener("offline", () => this.setOnline(false))
    this.render()
  }

  stop(): void {
    this.subscription?.unsubscribe()
  }

  /** Called by the sync loop after each push. */
  readonly onSyncReport = (report: SyncReport): void => {
    this.lastReport = report
    this.render()
  }

  private setOnline(online: boolean): void {
    this.online = online
    this.render()
  }

  private async syncNow(): Promise<void> {
    this.syncing = true
    this.render()
    try {
      await this.options.syncNow()
    } catch (error) {
      // A local database failure, not a network one (those are in the report): say so.
      this.notice = error instanceof Error ? error.message : String(error)
    } finally {
      this.syncing = false
      this.render()
    }
  }

  /** Decodes the case form over `base`; on failure shows the issues on the form and gives `null`. */
  private decodeCaseForm(form: HTMLFormElement, base: Record<string, unknown>): CaseRecord | null {
    const decoded = decodeInput(CaseRecord, caseFromForm(new FormData(form), base))
    if (decoded._tag === "Failure") {
      this.formIssues = decoded.failure.issues
      this.render()
      form.scrollIntoView()
      return null
    }
    this.formIssues = []
    return decoded.success
  }

  private async register(form: HTMLFormElement): Promise<void> {
    const record = this.decodeCaseForm(form, newCaseBase(newRecordId(), Number(todayInVietnam().slice(0, 4))))
    if (record === null) return
    await registerCase(this.options.db, record, Date.now())
    this.nextNotice = this.m.saved
    location.hash = `#/case/${record.id}`
    void this.syncNow()
  }

  private async edit(row: CaseRow, form: HTMLFormElement): Promise<void> {
    const record = this.decodeCaseForm(form, editBase(row.record))
    if (record === null) return
    await editCase(this.options.db, record, Date.now())
    this.nextNotice = this.m.saved
    location.hash = `#/case/${record.id}`
    void this.syncNow()
  }

  private async recordSupport(id: RecordId, form: HTMLFormElement): Promise<void> {
    const decoded = decodeInput(DeliveredSupport, supportFromForm(new FormData(form)))
    if (decoded._tag === "Failure") {
      this.supportIssues = decoded.failure.issues
      this.render()
      return
    }
    this.supportIssues = []
    await recordSupport(this.options.db, id, decoded.success, Date.now())
    form.reset()
    void this.syncNow()
  }

  private setLanguage(lang: Language): void {
    this.lang = lang
    this.options.storage.setItem("hotro.lang", lang)
    document.documentElement.lang = lang
    this.render()
  }

  private render(): void {
    render(this.template(), this.options.root)
  }

  private template(): TemplateResult {
    const m = this.m
    const { outbox, conflicts } = this.stored
    const reachable = this.online && this.lastReport?.stopped !== "network"
    return html`<header class="bar">
        <h1><a href="#/cases">${m.appTitle}</a></h1>
        <button class="link" @click=${() => this.setLanguage(this.lang === "vi" ? "en" : "vi")}>${m.otherLanguage}</button>
      </header>
      <div class="sync-bar" role="status">
        <span class="network ${reachable ? "online" : "offline"}" data-online=${String(reachable)}>
          ${!this.online ? m.offline : reachable ? m.online : m.serverUnreachable}
        </span>
        <span class="outbox" data-count=${outbox.length}>${m.waitingToSend(outbox.length)}</span>
        ${this.lastReport === null || this.lastReport.pushed + this.lastReport.conflicts === 0
          ? nothing
          : html`<span class="muted">${m.lastSync(this.lastReport.pushed, this.lastReport.conflicts)}</span>`}
        <button class="sync" ?disabled=${this.syncing} @click=${() => void this.syncNow()}>
          ${this.syncing ? m.syncing : m.syncNow}
        </button>
      </div>
      <nav>
        <a href="#/cases" aria-current=${this.route.screen === "cases" ? "page" : "false"}>${m.nav.cases}</a>
        <a href="#/new" aria-current=${this.route.screen === "new" ? "page" : "false"}>${m.nav.register}</a>
        <a href="#/conflicts" class=${conflicts.length > 0 ? "alert" : ""} aria-current=${this.route.screen === "conflicts" ? "page" : "false"}
          >${m.nav.conflicts(conflicts.length)}</a
        >
      </nav>
      <main>
        ${this.notice === null ? nothing : html`<p class="notice" role="status">${this.notice}</p>`} ${keyed(location.hash, this.screen())}
      </main>`
  }

  // Rendered keyed by the route (see `template`): a new screen gets new inputs, so an edit form's
  // values are never carried into another case's form or into a new case.
  private screen(): TemplateResult {
    const m = this.m
    switch (this.route.screen) {
      case "new":
        return caseForm({ m, title: m.register.title, current: undefined, issues: this.formIssues, onSubmit: (form) => void this.register(form) })
      case "edit":
        return this.editScreen(this.route.id)
      case "conflicts":
        return conflictsView({
          m,
          conflicts: this.stored.conflicts,
          deviceCopy: (conflict) => this.stored.cases.find((row) => row.id === conflict.recordId)?.record ?? conflict.local,
          onKeepDevice: (conflict) => void keepDeviceVersion(this.options.db, conflict.id).then(() => this.syncNow()),
          onTakeServer: (conflict) => void takeServerVersion(this.options.db, conflict.id),
          onDiscard: (conflict) => void discardRefusedWrite(this.options.db, conflict.id),
        })
      case "case":
        return this.caseScreen(this.route.id)
      case "cases":
        return this.caseList()
    }
  }

  private editScreen(id: string): TemplateResult {
    const row = this.stored.cases.find((candidate) => candidate.id === id)
    if (row === undefined) return html`<p class="notice">${this.m.caseView.notFound}</p>`
    return caseForm({
      m: this.m,
      title: `${this.m.editTitle} ${row.record.reference ?? row.id.slice(0, 8)}`,
      current: row.record,
      issues: this.formIssues,
      onSubmit: (form) => void this.edit(row, form),
      cancelHref: `#/case/${id}`,
    })
  }

  private caseScreen(id: string): TemplateResult {
    const m = this.m
    const row = this.stored.cases.find((candidate) => candidate.id === id)
    if (row === undefined) return html`<p class="notice">${m.caseView.notFound}</p>`
    const decoded = decodeRow(row)
    if (decoded._tag === "Failure") return html`<p class="notice error">${decoded.failure.message}</p>`
    const today = todayInVietnam()
    return caseView({
      m,
      lang: this.lang,
      row,
      record: decoded.success,
      asOf: this.asOfByCase.get(id) ?? today,
      today,
      pendingError: this.stored.outbox.find((entry) => entry.recordId === id && entry.lastError !== null)?.lastError ?? null,
      supportIssues: this.supportIssues,
      onAsOf: (asOf) => {
        this.asOfByCase.set(id, asOf)
        this.render()
      },
      onRecordSupport: (form) => void this.recordSupport(row.id, form),
    })
  }

  private caseList(): TemplateResult {
    const m = this.m
    if (this.stored.cases.length === 0) return html`<p class="muted">${m.noCases}</p>`
    return html`<ul class="case-list">
      ${this.stored.cases.map((row) => {
        const { record } = row
        return html`<li>
          <a href=${`#/case/${row.id}`}>
            <strong>${record.reference ?? row.id.slice(0, 8)}</strong>
            <span class="muted">
              ${caseSummary(m, record)}
            </span>
            <span class="sync-state ${row.syncState}">${m.syncState[row.syncState]}</span>
          </a>
        </li>`
      })}
    </ul>`
  }
}
