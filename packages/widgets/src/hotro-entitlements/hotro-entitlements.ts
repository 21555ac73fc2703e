/**
 * `<hotro-entitlements>`: what support a person is entitled to on a date, with the legal basis
 * of each kind. It runs `assess` from `@hotro/rules` in the browser; nothing leaves the page.
 *
 * @module
 */
import {
  assess,
  cite,
  decodeInput,
  Facts,
  type Assessment,
  type Entitlement,
  type Flag,
  type InputIssue,
  type Limit,
  type Rulebook,
  type Source,
} from "@hotro/rules"
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from "lit"
import { customElement, property } from "lit/decorators.js"
import { en } from "../i18n/en.ts"
import type { Language, Messages } from "../i18n/messages.ts"
import { vi } from "../i18n/vi.ts"
import { styles } from "./hotro-entitlements.styles.ts"

const catalogues: Readonly<Record<Language, Messages>> = { vi, en }

const vnd = new Intl.NumberFormat("vi-VN", { style: "currency", currency: "VND" })

/**
 * What the element shows: nothing to assess yet, a `facts` attribute that is not JSON, invalid
 * input, an error of law, or a decision.
 */
type View =
  | { readonly _tag: "AsOfMissing" }
  | { readonly _tag: "FactsMissing" }
  | { readonly _tag: "FactsNotJson"; readonly detail: string }
  | { readonly _tag: "Invalid"; readonly issues: ReadonlyArray<InputIssue> }
  | { readonly _tag: "NotAssessable"; readonly message: string }
  | { readonly _tag: "Assessed"; readonly assessment: Assessment }

// What a new assessment depends on; a change of `lang` only re-renders the same assessment.
const inputsChanged = (changed: PropertyValues<HotroEntitlements>): boolean =>
  (["facts", "factsAttribute", "asOf", "rulebook"] as const).some((name) => changed.has(name))

/** Event fired after each new assessment; `detail` is the {@link Assessment}. */
export type HotroAssessedEvent = CustomEvent<Assessment>

/**
 * Shows the support regime, the group and every kind of support for the given facts on the
 * `as-of` date.
 *
 * @tag hotro-entitlements
 * @attr as-of - Date of assessment, `YYYY-MM-DD`. Required: the element never reads the clock.
 * @attr facts - The `Facts` as a JSON string, for pages that embed the element without a script
 *   of their own. The `facts` property wins when both are set.
 * @attr lang - `vi` (default) or `en`.
 * @prop facts - The `Facts` JSON (with or without `asOf`; the `as-of` attribute wins).
 * @prop rulebook - A rulebook from `createRulebook(...)`; defaults to the built-in one.
 * @fires hotro-assessed - After each assessment; `detail` is the `Assessment`.
 * @csspart header - The regime and group block.
 * @csspart regime - The regime and its reason.
 * @csspart group - The group and its reason.
 * @csspart entitlement - One kind of support.
 * @csspart status - The status badge of a kind.
 * @csspart amount - The amount (or "not yet configured").
 * @csspart sources - A list of legal sources.
 * @csspart flags - The list of flags.
 * @csspart message - A message instead of a decision (date missing, invalid facts, error).
 * @cssprop --hotro-font-family - Font family.
 * @cssprop --hotro-color-text - Text colour.
 * @cssprop --hotro-color-muted - Secondary text colour.
 * @cssprop --hotro-color-border - Border colour.
 * @cssprop --hotro-color-entitled - Colour of "entitled".
 * @cssprop --hotro-color-conditional - Colour of "conditional".
 * @cssprop --hotro-color-not-entitled - Colour of "not entitled".
 * @cssprop --hotro-color-flag - Colour of flags and errors.
 * @cssprop --hotro-radius - Corner radius.
 * @cssprop --hotro-spacing - Base spacing.
 *
 * @example
 * <hotro-entitlements as-of="2025-10-01" lang="en"
 *   facts='{"person":{"citizenship":"VN"},"status":{"kind":"victim","certifiedOn":"2025-09-12"}}'>
 * </hotro-entitlements>
 */
@customElement("hotro-entitlements")
export class HotroEntitlements extends LitElement {
  static override styles = styles

  /** The `Facts` JSON, with or without `asOf`. Wins over the `facts` attribute. */
  @property({ attribute: false })
  facts: unknown = undefined

  /** The `facts` attribute as written (a JSON string); read only when the property is unset. */
  @property({ attribute: "facts" })
  factsAttribute: string | undefined = undefined

  /** Date of assessment (`YYYY-MM-DD`). */
  @property({ attribute: "as-of" })
  asOf: string | undefined = undefined

  /** `vi` (default) or `en`; any other value falls back to `vi`. */
  @property()
  override lang = "vi"

  /** The rulebook to assess with (for custom provincial rate sets). */
  @property({ attribute: false })
  rulebook: Pick<Rulebook, "assess"> | undefined = undefined

  private view: View = { _tag: "FactsMissing" }

  private get messages(): Messages {
    return catalogues[this.lang === "en" ? "en" : "vi"]
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (inputsChanged(changed)) this.view = this.evaluate()
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (this.view._tag === "Assessed" && inputsChanged(changed)) {
      this.dispatchEvent(
        new CustomEvent("hotro-assessed", { detail: this.view.assessment, bubbles: true, composed: true }),
      )
    }
  }

  /** The facts given: the property, else the attribute parsed; a parse failure names the attribute. */
  private givenFacts():
    | { readonly _tag: "Given"; readonly facts: unknown }
    | Extract<View, { readonly _tag: "FactsNotJson" }> {
    if (this.facts !== undefined) return { _tag: "Given", facts: this.facts }
    if (this.factsAttribute === undefined || this.factsAttribute.trim() === "") return { _tag: "Given", facts: undefined }
    try {
      return { _tag: "Given", facts: JSON.parse(this.factsAttribute) }
    } catch (error) {
      return { _tag: "FactsNotJson", detail: error instanceof Error ? error.message : String(error) }
    }
  }

  private evaluate(): View {
    const given = this.givenFacts()
    if (given._tag !== "Given") return given
    const facts = given.facts
    if (facts === undefined || facts === null) return { _tag: "FactsMissing" }
    const fields = typeof facts === "object" ? (facts as Record<string, unknown>) : {}
    const asOf = this.asOf ?? fields["asOf"]
    if (asOf === undefined || asOf === "") return { _tag: "AsOfMissing" }
    const decoded = decodeInput(Facts, typeof facts === "object" ? { ...fields, asOf } : facts)
    if (decoded._tag === "Failure") return { _tag: "Invalid", issues: decoded.failure.issues }
    try {
      const assessed = (this.rulebook?.assess ?? assess)(decoded.success)
      return assessed._tag === "Failure"
        ? { _tag: "NotAssessable", message: assessed.failure.message }
        : { _tag: "Assessed", assessment: assessed.success }
    } catch {
      // A defect in the rules must not break the host page; its details stay out of the page.
      return { _tag: "NotAssessable", message: this.messages.unexpected }
    }
  }

  protected override render(): TemplateResult {
    const m = this.messages
    switch (this.view._tag) {
      case "FactsMissing":
        return html`<p part="message" class="message">${m.factsMissing}</p>`
      case "AsOfMissing":
        return html`<p part="message" class="message" role="alert">${m.asOfMissing}</p>`
      case "FactsNotJson":
        return this.renderIssues([{ path: "facts", message: `${m.factsAttributeNotJson} (${this.view.detail})` }])
      case "Invalid":
        return this.renderIssues(this.view.issues)
      case "NotAssessable":
        return html`<p part="message" class="message error" role="alert">${m.notAssessable} ${this.view.message}</p>`
      case "Assessed":
        return this.renderAssessment(this.view.assessment)
    }
  }

  private renderIssues(issues: ReadonlyArray<InputIssue>): TemplateResult {
    const m = this.messages
    return html`<div part="message" class="message error" role="alert">
      <p>${m.invalidFacts}</p>
      <table class="issues">
        <thead><tr><th>${m.issueField}</th><th>${m.issueRule}</th></tr></thead>
        <tbody>
          ${issues.map((issue) => html`<tr><td><code>${issue.path}</code></td><td>${issue.message}</td></tr>`)}
        </tbody>
      </table>
    </div>`
  }

  private renderAssessment(assessment: Assessment): TemplateResult {
    const m = this.messages
    return html`<article class="assessment" lang=${this.lang === "en" ? "en" : "vi"}>
      <header part="header">
        <p class="as-of">${m.asOfLabel}: <time datetime=${assessment.asOf}>${assessment.asOf}</time></p>
        <section part="regime" class="regime">
          <h3>${m.regime}: ${m.regimeNames[assessment.regime.id]} <code>${assessment.regime.id}</code></h3>
          <p>${assessment.regime.reason}</p>
          ${this.renderSources(assessment.regime.sources)}
        </section>
        <section part="group" class="group">
          ${assessment.group === null
            ? html`<p>${m.noGroup}</p>`
            : html`<h3>
                  ${m.group}: <code>${assessment.group.id}</code>
                  ${assessment.group.probable ? html`<span class="probable">(${m.probable})</span>` : nothing}
                </h3>
                <p>${assessment.group.reason}</p>
                ${this.renderSources(assessment.group.sources)}`}
        </section>
      </header>
      ${assessment.flags.length > 0 ? this.renderFlags(assessment.flags) : nothing}
      <ol class="entitlements">
        ${assessment.entitlements.map((entitlement) => this.renderEntitlement(entitlement))}
      </ol>
    </article>`
  }

  private renderEntitlement(entitlement: Entitlement): TemplateResult {
    const m = this.messages
    const [term, gloss] =
      this.lang === "en" ? [entitlement.label.en, entitlement.label.vi] : [entitlement.label.vi, entitlement.label.en]
    return html`<li part="entitlement" class="entitlement ${entitlement.status}" data-kind=${entitlement.kind}>
      <div class="kind">
        <h4>${term}</h4>
        <span part="status" class="status ${entitlement.status}">${m.status[entitlement.status]}</span>
      </div>
      <p class="gloss" lang=${this.lang === "en" ? "vi" : "en"}>${gloss}</p>
      ${entitlement.reason === undefined ? nothing : html`<p class="reason"><strong>${m.reason}:</strong> ${entitlement.reason}</p>`}
      ${this.renderList(m.conditions, entitlement.conditions, "conditions")}
      ${entitlement.missingFacts.length === 0
        ? nothing
        : html`<p class="missing"><strong>${m.missingFacts}:</strong> ${entitlement.missingFacts.map(
            (fact, index) => html`${index > 0 ? ", " : ""}<code>${fact}</code>`,
          )}</p>`}
      <div part="amount" class="amount">
        <strong>${m.amount}:</strong>
        ${entitlement.amount === null
          ? html`<span class="not-configured">${m.notConfigured}</span>`
          : html`<span class="vnd">${vnd.format(entitlement.amount.vnd)}</span>
              <span class="computation">${entitlement.amount.computation}</span>
              ${this.renderSources(entitlement.amount.sources)}`}
      </div>
      ${entitlement.limits.length === 0
        ? nothing
        : html`<div class="limits">
            <strong>${m.limits}:</strong>
            <ul>
              ${entitlement.limits.map((limit: Limit) => html`<li>${limit.description} ${this.renderSources(limit.sources)}</li>`)}
            </ul>
          </div>`}
      ${this.renderList(m.notes, entitlement.notes, "notes")}
      <div class="basis"><strong>${m.legalBasis}:</strong> ${this.renderSources(entitlement.sources)}</div>
    </li>`
  }

  private renderFlags(flags: ReadonlyArray<Flag>): TemplateResult {
    return html`<section part="flags" class="flags" role="note">
      <h3>${this.messages.flags}</h3>
      <ul>
        ${flags.map(
          (flag) => html`<li data-code=${flag.code}><code>${flag.code}</code> ${flag.message} ${this.renderSources(flag.sources)}</li>`,
        )}
      </ul>
    </section>`
  }

  private renderList(title: string, items: ReadonlyArray<string>, className: string): TemplateResult | typeof nothing {
    if (items.length === 0) return nothing
    return html`<div class=${className}>
      <strong>${title}:</strong>
      <ul>
        ${items.map((item) => html`<li>${item}</li>`)}
      </ul>
    </div>`
  }

  private renderSources(sources: ReadonlyArray<Source>): TemplateResult | typeof nothing {
    if (sources.length === 0) return nothing
    const m = this.messages
    return html`<span part="sources" class="sources">
      ${sources.map(
        (source) => html`<cite class="source ${source.status}"
          >${cite(source)}${source.status === "confirmed" ? nothing : html` <em>(${m.confidence[source.status]})</em>`}</cite
        >`,
      )}
    </span>`
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "hotro-entitlements": HotroEntitlements
  }
  // Bubbles and is composed, so a listener on document or window sees it too.
  interface GlobalEventHandlersEventMap {
    "hotro-assessed": HotroAssessedEvent
  }
}
