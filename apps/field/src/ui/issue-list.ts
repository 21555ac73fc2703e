import type { InputIssue } from "@hotro/rules"
import { html, type TemplateResult } from "lit"
import type { Messages } from "../i18n/messages.ts"

/** The decoding issues of a form, each naming its field and the rule it broke. */
export const issueList = (m: Messages, issues: ReadonlyArray<InputIssue>): TemplateResult => html`<div class="issues" role="alert">
  <p>${m.fixFields}</p>
  <ul>
    ${issues.map((issue) => html`<li><code>${issue.path}</code>: ${issue.message === "Missing key" ? m.required : issue.message}</li>`)}
  </ul>
</div>`
