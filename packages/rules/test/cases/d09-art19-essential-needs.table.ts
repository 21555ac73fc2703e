/** Essential needs and travel costs under vn-2011 (D09 Art. 19; C84; provincial rates): C13, C15. */
import type { CaseRow } from "./case-row.ts"

const victim = { kind: "victim", certifiedOn: "2024-03-10" } as const
const haGiang = { asOf: "2024-05-01", province: "ha-giang", person: { citizenship: "VN" }, status: victim } as const
const stay = (admittedOn: string, leftOn: string) => ({ ...haGiang, stay: { admittedOn, leftOn } })

export const essentialNeedsVn2011Cases: ReadonlyArray<CaseRow> = [
  {
    id: "C13",
    name: "C13 Hà Giang: three travel days home for a person who cannot pay give 3 × 100,000 = 300,000 VND of meals, plus the fare from the ticket",
    provisions: ["d09-art19", "c84-2019", "ha-giang-15-2020"],
    facts: { ...haGiang, returnedHomeOn: "2024-03-20", travelHome: { days: 3, canPay: false } },
    expect: {
      amount: { essential_needs_and_travel: 300_000 },
      computation: { essential_needs_and_travel: ["3 days × 100,000 VND = 300,000 VND"] },
      amountCites: { essential_needs_and_travel: ["Resolution 15/2020/NQ-HĐND of Hà Giang article not read", "Decree 09/2013/ND-CP Art. 19"] },
      says: { essential_needs_and_travel: ["at least 70,000 VND/person/day", "fare home at ordinary public-transport price: amount from the ticket"] },
    },
  },
  {
    id: "C13-fare",
    name: "C13 with the ticket: the fare of 250,000 VND is added to the travel meals",
    provisions: ["d09-art19", "ha-giang-15-2020"],
    facts: { ...haGiang, returnedHomeOn: "2024-03-20", travelHome: { days: 3, canPay: false, fareVnd: 250_000 } },
    expect: { amount: { essential_needs_and_travel: 550_000 }, computation: { essential_needs_and_travel: ["fare at public-transport price (from the ticket): 250,000 VND", "total 550,000 VND"] } },
  },
  {
    id: "C13-can-pay",
    name: "C13 flipped: a person who can pay the journey gets no travel costs",
    provisions: ["d09-art19"],
    facts: { ...haGiang, returnedHomeOn: "2024-03-20", travelHome: { days: 3, canPay: true } },
    expect: { amount: { essential_needs_and_travel: null }, says: { essential_needs_and_travel: ["can pay the journey"] } },
  },
  {
    id: "C13-unknown",
    name: "C13 unknown: whether the person can pay is needed for the travel costs",
    provisions: ["d09-art19"],
    facts: { ...haGiang, returnedHomeOn: "2024-03-20", travelHome: { days: 3 } },
    expect: { status: { essential_needs_and_travel: "conditional" }, missingFacts: { essential_needs_and_travel: ["travelHome.canPay"] } },
  },
  {
    id: "C15",
    name: "C15 Hà Giang stay 2024-01-01 to 2024-04-30: meals for 60 days × 60,000 = 3,600,000 VND (D09 Art. 19 prevails), flagged: 3 months would give 91 days = 5,460,000 VND",
    provisions: ["d09-art19", "c84-2019", "ha-giang-15-2020"],
    facts: stay("2024-01-01", "2024-04-30"),
    expect: {
      amount: { essential_needs_and_travel: 4_100_000 },
      computation: { essential_needs_and_travel: ["meals in the facility: 60 days × 60,000 VND = 3,600,000 VND", "clothing and personal items: 500,000 VND"] },
      amountCites: {
        essential_needs_and_travel: ["Resolution 15/2020/NQ-HĐND of Hà Giang article not read", "Decree 09/2013/ND-CP Art. 19"],
        medical: ["Resolution 15/2020/NQ-HĐND of Hà Giang article not read", "Decree 09/2013/ND-CP Art. 20"],
      },
      says: { essential_needs_and_travel: ["at most 60 days", "meals covered for 60 days, through 2024-02-29"] },
      flags: ["meals_cap_conflict", "cap_counting_convention_unconfirmed"],
      flagSays: ["2024-01-01 to 2024-03-31 = 91 days = 5,460,000 VND", "2024-01-01 to 2024-02-29 = 60 days = 3,600,000 VND"],
    },
  },
  {
    id: "C15-longer-limit",
    name: "C15 with the policy set to the longer limit: meals for 3 months, 91 days = 5,460,000 VND, flagged the other way",
    provisions: ["d09-art19", "c84-2019", "ha-giang-15-2020"],
    facts: stay("2024-01-01", "2024-04-30"),
    rulebook: { stayCapPolicy: "longer_limit" },
    expect: {
      computation: { essential_needs_and_travel: ["91 days × 60,000 VND = 5,460,000 VND"] },
      flags: ["meals_cap_conflict"],
      flagSays: ["applied by policy"],
    },
  },
  {
    id: "C15-day-before",
    name: "C15 boundary: a stay of 59 days is paid in full, nothing to flag between the limits",
    provisions: ["d09-art19"],
    facts: stay("2024-01-01", "2024-02-28"),
    expect: { computation: { essential_needs_and_travel: ["59 days × 60,000 VND = 3,540,000 VND"] }, noFlags: ["meals_cap_conflict"] },
  },
  {
    id: "C15-day-of",
    name: "C15 boundary: a stay of exactly 60 days is paid in full",
    provisions: ["d09-art19"],
    facts: stay("2024-01-01", "2024-02-29"),
    expect: { computation: { essential_needs_and_travel: ["60 days × 60,000 VND = 3,600,000 VND"] }, noFlags: ["meals_cap_conflict"] },
  },
  {
    id: "C15-day-after",
    name: "C15 boundary: a stay of 61 days is paid for 60, and the 3-month alternative is flagged",
    provisions: ["d09-art19"],
    facts: stay("2024-01-01", "2024-03-01"),
    expect: { computation: { essential_needs_and_travel: ["60 days × 60,000 VND = 3,600,000 VND"] }, flags: ["meals_cap_conflict"], flagSays: ["61 days = 3,660,000 VND"] },
  },
  {
    id: "C15-rate-change",
    name: "C15 variant: a rate that changes during the stay is applied day by day, shown as segments",
    provisions: ["d09-art19"],
    facts: { ...stay("2024-01-01", "2024-02-29"), province: "test-province" },
    rulebook: {
      provincialRateSets: [
        {
          province: "test-province",
          name: { vi: "Tỉnh thử", en: "Test province" },
          instrument: {
            number: "Resolution 1/2024/NQ-HĐND",
            title: { vi: "Thử", en: "Test" },
            adopted: "2023-12-01",
            inForce: { from: "2023-12-15", to: null },
            adoptedUnder: "vn-2011",
            status: "unconfirmed",
            readAt: "test data",
          },
          parameters: [
            {
              id: "facility-meals",
              description: { vi: "Tiền ăn", en: "Meals" },
              unit: "VND/person/day",
              values: [
                { from: "2023-12-15", to: "2024-01-31", value: 60_000, status: "unconfirmed", source: { instrument: "Resolution 1/2024/NQ-HĐND", article: "Art. 1", readAt: "test" } },
                { from: "2024-02-01", to: null, value: 80_000, status: "unconfirmed", source: { instrument: "Resolution 1/2024/NQ-HĐND", article: "Art. 1", readAt: "test" } },
              ],
            },
          ],
        },
      ],
    },
    expect: {
      amount: { essential_needs_and_travel: 31 * 60_000 + 29 * 80_000 },
      computation: { essential_needs_and_travel: ["31 days (2024-01-01 to 2024-01-31) × 60,000 VND + 29 days (2024-02-01 to 2024-02-29) × 80,000 VND = 4,180,000 VND"] },
      flags: ["value_unconfirmed"],
    },
  },
  {
    id: "C15-khanh-hoa",
    name: "C15 in Khánh Hòa, whose resolution sets no meals rate in a facility: the amount is not known",
    provisions: ["d09-art19", "khanh-hoa-05-2020"],
    facts: { ...stay("2024-01-01", "2024-01-10"), province: "khanh-hoa" },
    expect: { amount: { essential_needs_and_travel: null }, says: { essential_needs_and_travel: ["rate not configured"] } },
  },
  {
    id: "merger-day-before",
    name: "Hà Giang's resolution applied to a vn-2011 case assessed on 2025-06-30: no merger flag",
    provisions: ["ha-giang-15-2020"],
    facts: { ...haGiang, asOf: "2025-06-30", returnedHomeOn: "2024-03-20", travelHome: { days: 1, canPay: false } },
    expect: { amount: { essential_needs_and_travel: 100_000 }, noFlags: ["province_merged"] },
  },
  {
    id: "merger-day-of",
    name: "Hà Giang's resolution applied to a vn-2011 case assessed on 2025-07-01, the day Hà Giang merged into Tuyên Quang: flagged",
    provisions: ["ha-giang-15-2020"],
    facts: { ...haGiang, asOf: "2025-07-01", returnedHomeOn: "2024-03-20", travelHome: { days: 1, canPay: false } },
    expect: { amount: { essential_needs_and_travel: 100_000 }, flags: ["province_merged"], flagSays: ["Tuyên Quang"] },
  },
  {
    id: "merger-day-after",
    name: "Hà Giang's resolution applied to a vn-2011 case assessed on 2025-07-02: flagged",
    provisions: ["ha-giang-15-2020"],
    facts: { ...haGiang, asOf: "2025-07-02", returnedHomeOn: "2024-03-20", travelHome: { days: 1, canPay: false } },
    expect: { flags: ["province_merged"] },
  },
  {
    id: "vn2024-provincial",
    name: "A 2020 resolution applied to a vn-2024 case is flagged: adopted under vn-2011, whether it governs is unknown",
    provisions: ["ha-giang-15-2020", "vn2024-amounts"],
    facts: { asOf: "2025-09-01", province: "ha-giang", person: { citizenship: "VN" }, status: { kind: "victim", certifiedOn: "2025-08-01" }, returnedHomeOn: "2025-08-20", travelHome: { days: 2 } },
    expect: { regime: "vn-2024", amount: { travel: 200_000 }, flags: ["provincial_resolution_regime_change", "province_merged", "value_unknown"] },
  },
]
