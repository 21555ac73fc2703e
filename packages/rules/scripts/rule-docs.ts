/**
 * Renders the generated rule pages (`docs/rules/*.md`) from the data files, the provision map
 * (`parameters/provisions.json`: titles, summaries, files) and the cases: the rows of the case
 * tables that name a provision in their `provisions`, the tests named by case id (see
 * `tested-cases.ts`). Returns file name → contents, so a test can compare it with the committed
 * pages; it reads nothing but the modules it imports and the test files of `tested-cases.ts`.
 */
import provisionMap from "../parameters/provisions.json" with { type: "json" }
import calendarJson from "../parameters/calendar/vn-public-holidays.json" with { type: "json" }
import { Result, Schema } from "effect"
import {
  civilDate,
  explainPeriodEnd,
  formatVnd,
  HolidayCalendarFile,
  isoWeekday,
  nationalParameterFiles,
  type Parameter,
  type ParameterValue,
  type Period,
  type Plan,
  parseProvincialRateSet,
  plans,
  regimeFile,
  type Source,
} from "../src/index.ts"
import { provincialParameterSources } from "../src/provincial-rates.ts"
import { regimeStartsOn } from "../src/regime.ts"
import { allCases } from "../test/cases/index.ts"
import { screeningCases } from "../test/cases/screening.table.ts"
import { type ListedCase, testedCases } from "./tested-cases.ts"

interface Provision {
  readonly id: string
  readonly title: string
  /** Plain words on what the provision says, for a page whose rule is in code. */
  readonly summary?: string
  readonly files: ReadonlyArray<string>
}

/** The provisions: titles, summaries and data files (`parameters/provisions.json`). */
export const provisions: ReadonlyArray<Provision> = provisionMap.provisions

/** Mappings of outside data (not law), listed on the index with their cases. */
export const dataMappings: ReadonlyArray<{ readonly id: string; readonly title: string; readonly code: string }> = provisionMap.dataMappings

/** Every listed case: the assessment and screening table rows, then the tests. */
export const listedCases: ReadonlyArray<ListedCase> = [...allCases, ...screeningCases, ...testedCases]

/** The cases of `provision` (or of a data mapping), in listing order. */
export const casesOf = (id: string): ReadonlyArray<ListedCase> => listedCases.filter((row) => row.provisions.includes(id))

const cell = (text: string): string => text.replaceAll("|", "\\|").replaceAll("\n", " ")

const showValue = (parameter: Parameter, value: ParameterValue): string => {
  if (value.value === null) return "unknown"
  if (parameter.unit.startsWith("VND")) return `${formatVnd(value.value)}${parameter.unit.slice(3)}`
  if (parameter.unit === "yes/no") return value.value === 1 ? "yes" : "no"
  return `${value.value} ${parameter.unit}`
}

// The calendar's non-legal sources (the lunar calendar, annual notices) have no article: "-".
const cite = (source: Omit<Source, "status">): string =>
  `${source.instrument}${source.article === "-" ? "" : `, ${source.article}`}${source.clause ? `(${source.clause})` : ""}${source.point ? `(${source.point})` : ""}`

const parameterSection = (parameter: Parameter): string =>
  [
    `### \`${parameter.id}\``,
    "",
    `${parameter.description.en} — *${parameter.description.vi}*`,
    "",
    `Unit: ${parameter.unit}${parameter.nationalMinimum ? ` · must not fall below \`${parameter.nationalMinimum}\`` : ""}${parameter.condition ? ` · condition: ${parameter.condition.text.en} [${parameter.condition.status}]` : ""}`,
    "",
    "| from | to | value | status | source | read at | note |",
    "|---|---|---|---|---|---|---|",
    ...parameter.values.map(
      (value) =>
        `| ${value.from} | ${value.to ?? "open"} | ${showValue(parameter, value)} | ${value.status} | ${cell(cite(value.source))} | ${cell(value.source.readAt)} | ${cell(value.note ?? "")} |`,
    ),
    "",
  ].join("\n")

const parametersOf = (file: string): ReadonlyArray<Parameter> => {
  const national = nationalParameterFiles.get(file)
  if (national !== undefined) return national.parameters
  const json = provincialParameterSources[file]
  const province = json === undefined ? undefined : parseProvincialRateSet(json, file)
  return province !== undefined && Result.isSuccess(province) ? province.success.parameters : []
}

const regimeSection = (): string =>
  [
    "## Regimes\n",
    "| regime | from | to | status | source |",
    "|---|---|---|---|---|",
    ...regimeFile.regimes.map((period) => `| ${period.id} | ${period.from} | ${period.to ?? "open"} | ${period.status} | ${cell(cite(period.source))} |`),
    "",
    `Transition: ${regimeFile.transition.description.en} (${regimeFile.transition.source.instrument} ${regimeFile.transition.source.article}, ${regimeFile.transition.status}).`,
    "",
  ].join("\n")

const describePeriod = (period: Period): string => {
  const [length, unit] = "days" in period ? [period.days, "day"] : "workingDays" in period ? [period.workingDays, "working day"] : [period.months, "month"]
  return `${length} ${unit}${length === 1 ? "" : "s"}`
}

const weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const

// The shipped calendar is validated when the rules load (holidays module); decoding it again here
// gives the file's own shape, with source keys and notes, which the lookup form drops.
const calendarSection = (): string => {
  const calendar = Schema.decodeUnknownSync(HolidayCalendarFile)(calendarJson)
  const holiday = (key: string): string => {
    const name = calendar.holidays[key]
    return name === undefined ? key : `${name.en} — *${name.vi}*`
  }
  return [
    "## Public-holiday calendar\n",
    `${calendar.description.en} — *${calendar.description.vi}*\n`,
    `Covers ${calendar.coverage.from} to ${calendar.coverage.to}; a deadline that needs a day outside it is not computed.\n`,
    "Conventions:\n",
    ...calendar.conventions.map((convention) => `- ${convention}`),
    "",
    "### Sources\n",
    "| key | source | read at | status |",
    "|---|---|---|---|",
    ...Object.entries(calendar.sources).map(([key, source]) => `| \`${key}\` | ${cell(cite(source))} | ${cell(source.readAt ?? "")} | ${source.status} |`),
    "",
    "### Days\n",
    "| date | weekday | kind | holiday | source | status | note |",
    "|---|---|---|---|---|---|---|",
    ...calendar.days.map(
      (day) => `| ${day.date} | ${weekdays[isoWeekday(day.date) - 1]} | ${day.kind} | ${cell(holiday(day.holiday))} | \`${day.source}\` | ${day.status} | ${cell(day.note ?? "")} |`,
    ),
    "",
    "### Undecided days (a deadline that needs one is not computed)\n",
    "| dates | holiday | source | why undecided |",
    "|---|---|---|---|",
    ...calendar.undecided.map((entry) => `| ${entry.dates.join(", ")} | ${cell(holiday(entry.holiday))} | \`${entry.source}\` | ${cell(entry.note)} |`),
    "",
  ].join("\n")
}

const planSection = (plan: Plan): string =>
  [
    `## Plan ${plan.number} (\`${plan.id}\`)\n`,
    `${plan.title.en} — *${plan.title.vi}*\n`,
    "| issuer | number | issued on | period | area |",
    "|---|---|---|---|---|",
    `| ${cell(`${plan.issuer.en} (${plan.issuer.vi})`)} | ${plan.number} | ${plan.issuedOn} | ${plan.period.from} – ${plan.period.to} | ${plan.area.province} |`,
    "",
    `Sources: ${plan.sources.map((source) => `${cite(source)} (read at ${source.readAt ?? "not recorded"}; ${source.status})`).join("; ")}.\n`,
    "| target | indicator | comparison | target | as the plan words it | source | status |",
    "|---|---|---|---|---|---|---|",
    ...plan.targets.map(
      (target) =>
        `| \`${target.id}\` | ${target.indicator} | ${target.comparison} | ${target.targetPercent}% | ${cell(`${target.label.en} — *${target.label.vi}*`)} | ${cell(cite(target.source))} | ${target.source.status} |`,
    ),
    "",
  ].join("\n")

const planOf = (file: string): Plan | undefined => plans.find((plan) => `plans/${plan.id}.json` === file)

// Sections computed from the code itself rather than from a data file, so the page shows what
// the rules do: the date screening switches definitions, and worked deadline computations.
const computedSections: Readonly<Record<string, () => string>> = {
  screening: () => {
    const switchOn = regimeStartsOn("vn-2024")
    return [
      "## Which definition applies\n",
      `The date is the date of the acts, or \`regimeOn\` when given. Before ${switchOn}: vn-2011, the grounds of Decree 62/2012/ND-CP Art. 5. From ${switchOn}: vn-2024, Law 53/2024/QH15 Art. 2(1). ${switchOn} is the first day of vn-2024 in \`parameters/national/regimes.json\`.\n`,
    ].join("\n")
  },
  deadlines: () => {
    const examples: ReadonlyArray<readonly [string, Period]> = [
      ["2024-03-09", { months: 12 }],
      ["2024-01-31", { months: 1 }],
      ["2025-08-29", { days: 3 }],
      ["2025-04-29", { workingDays: 3 }],
    ]
    return [
      "## Worked computations\n",
      "| event | period | last day | computation | sources | status |",
      "|---|---|---|---|---|---|",
      ...examples.map(([eventOn, period]) => {
        const end = explainPeriodEnd(civilDate(eventOn), period)
        if (Result.isFailure(end)) return `| ${eventOn} | ${describePeriod(period)} | not computed | ${cell(end.failure.message)} | | |`
        const { lastDay, computation, sources, status } = end.success
        return `| ${eventOn} | ${describePeriod(period)} | ${lastDay} | ${cell(computation)} | ${cell(sources.map(cite).join("; "))} | ${status} |`
      }),
      "",
    ].join("\n")
  },
}

const caseLine = (row: ListedCase): string => {
  const name = row.name.replace(new RegExp(`^${row.id}:?\\s+`), "")
  return `- **${row.id}** ${name}${row.test === undefined ? "" : ` (${row.test})`}`
}

const casesSection = (rows: ReadonlyArray<ListedCase>): string => {
  if (rows.length === 0) return "No case table row exercises this provision yet; its dated values are tested the day before, of and after each change.\n"
  return `${rows.map(caseLine).join("\n")}\n`
}

const fileSections = (file: string): ReadonlyArray<string> => {
  if (file === "national/regimes.json") return [regimeSection()]
  if (file.startsWith("calendar/")) return [calendarSection()]
  const plan = planOf(file)
  if (plan !== undefined) return [planSection(plan)]
  return []
}

const header = "<!-- Generated by `npm run docs -w @hotro/rules` from packages/rules/parameters, the case tables and the tests named by case id. Do not edit. -->\n\n"

const provisionPage = (provision: Provision): string => {
  const parts = [`${header}# ${provision.title}\n`]
  if (provision.summary !== undefined) parts.push(`${provision.summary}\n`)
  const computed = computedSections[provision.id]
  if (computed !== undefined) parts.push(computed())
  parts.push(...provision.files.flatMap(fileSections))
  const parameters = provision.files.flatMap(parametersOf)
  if (parameters.length > 0) parts.push("## Parameters\n", ...parameters.map(parameterSection))
  parts.push("## Cases\n", casesSection(casesOf(provision.id)))
  parts.push(`Files: ${provision.files.length === 0 ? "none (the rule is in code: see packages/rules/src)" : provision.files.map((file) => `\`packages/rules/parameters/${file}\``).join(", ")}\n`)
  return parts.join("\n")
}

const indexPage = (): string =>
  [
    `${header}# Rules: provisions, parameters and cases\n`,
    "Each page lists a provision's dated values (with source and status) and the legal cases that exercise it.\n",
    "| provision | page | cases |",
    "|---|---|---|",
    ...provisions.map((provision) => `| ${cell(provision.title)} | [${provision.id}](${provision.id}.md) | ${casesOf(provision.id).length} |`),
    "",
    "## Data mapping\n",
    "Not law: how outside data becomes case records. Its cases:\n",
    ...dataMappings.flatMap((mapping) => [`### ${mapping.title}\n`, `Code: \`${mapping.code}\`\n`, casesSection(casesOf(mapping.id))]),
  ].join("\n")

/** The generated pages, by file name under `docs/rules/`. */
export const renderRuleDocs = (): ReadonlyMap<string, string> => {
  const pages = new Map<string, string>(provisions.map((provision) => [`${provision.id}.md`, provisionPage(provision)]))
  pages.set("README.md", indexPage())
  return pages
}
