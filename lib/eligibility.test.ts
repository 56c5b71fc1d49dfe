import { describe, expect, it } from "vitest";
import { makeJurisdiction, makeLaw } from "@/tests/fixtures/jurisdiction";
import { getFederal, getJurisdictionByCode, getJurisdictions } from "./data";
import {
  AGE_ANSWERS,
  answersFromSearch,
  answersToSearch,
  evaluateEligibility,
  judgeLaw,
  OFFENSE_ANSWERS,
  checkDetails,
  packCheckEntry,
  packLaw,
  RECORD_ANSWERS,
  TRAFFICKING_ANSWERS,
  unpackCheckEntry,
  unpackLaw,
  type CheckAnswers,
  type FactAnswers,
  type Fit,
  type Outcome,
  type ReasonCode,
} from "./eligibility";
import type { ReliefLaw, StateCode } from "./schema";

const answers = (given: Partial<FactAnswers>): FactAnswers => ({ age: null, trafficking: null, offense: null, record: null, ...given });

const everyone: FactAnswers = { age: "adult", trafficking: "sex", offense: "drugs", record: "conviction" };

interface Scenario {
  name: string;
  law: Partial<ReliefLaw>;
  given: Partial<FactAnswers>;
  fit: Fit;
  codes: ReasonCode[];
}

/** One row per branch of the reasoning: each law fact value against each answer that matters to it. */
const scenarios: Scenario[] = [
  // Ages
  { name: "all ages, adult", law: { agesCovered: "all-ages" }, given: { age: "adult" }, fit: "likely-fits", codes: [] },
  { name: "all ages, under 18", law: { agesCovered: "all-ages" }, given: { age: "under-18" }, fit: "likely-fits", codes: [] },
  { name: "all ages, age not sure", law: { agesCovered: "all-ages" }, given: { age: "not-sure" }, fit: "likely-fits", codes: [] },
  { name: "minors only, under 18", law: { agesCovered: "minors-only" }, given: { age: "under-18" }, fit: "likely-fits", codes: [] },
  { name: "minors only, adult", law: { agesCovered: "minors-only" }, given: { age: "adult" }, fit: "does-not-fit", codes: ["adults-not-covered"] },
  { name: "minors only, age not sure", law: { agesCovered: "minors-only" }, given: { age: "not-sure" }, fit: "may-fit", codes: ["depends-age"] },
  { name: "minors only, age skipped", law: { agesCovered: "minors-only" }, given: { age: null }, fit: "may-fit", codes: ["depends-age"] },
  { name: "ages unknown, under 18", law: { agesCovered: null }, given: { age: "under-18" }, fit: "may-fit", codes: ["unknown-ages"] },
  { name: "ages unknown, adult", law: { agesCovered: null }, given: { age: "adult" }, fit: "may-fit", codes: ["unknown-ages"] },
  // Trafficking
  { name: "both kinds, labor", law: { traffickingTypes: ["sex", "labor"] }, given: { trafficking: "labor" }, fit: "likely-fits", codes: [] },
  { name: "both kinds, both", law: { traffickingTypes: ["sex", "labor"] }, given: { trafficking: "both" }, fit: "likely-fits", codes: [] },
  { name: "both kinds, skipped", law: { traffickingTypes: ["sex", "labor"] }, given: { trafficking: null }, fit: "likely-fits", codes: [] },
  { name: "sex only, sex", law: { traffickingTypes: ["sex"] }, given: { trafficking: "sex" }, fit: "likely-fits", codes: [] },
  { name: "sex only, labor", law: { traffickingTypes: ["sex"] }, given: { trafficking: "labor" }, fit: "does-not-fit", codes: ["trafficking-not-covered"] },
  { name: "sex only, both, drug offense", law: { traffickingTypes: ["sex"] }, given: { trafficking: "both", offense: "drugs" }, fit: "may-fit", codes: ["depends-trafficking"] },
  { name: "sex only, both, prostitution", law: { traffickingTypes: ["sex"] }, given: { trafficking: "both", offense: "prostitution" }, fit: "likely-fits", codes: [] },
  { name: "sex only, not sure, theft", law: { traffickingTypes: ["sex"] }, given: { trafficking: "not-sure", offense: "theft" }, fit: "may-fit", codes: ["depends-trafficking"] },
  { name: "sex only, skipped, prostitution", law: { traffickingTypes: ["sex"] }, given: { trafficking: null, offense: "prostitution" }, fit: "likely-fits", codes: [] },
  { name: "sex only, all skipped", law: { traffickingTypes: ["sex"] }, given: {}, fit: "may-fit", codes: ["depends-trafficking", "depends-record"] },
  { name: "labor only, labor", law: { traffickingTypes: ["labor"] }, given: { trafficking: "labor" }, fit: "likely-fits", codes: [] },
  { name: "labor only, sex", law: { traffickingTypes: ["labor"] }, given: { trafficking: "sex" }, fit: "does-not-fit", codes: ["trafficking-not-covered"] },
  { name: "labor only, not sure, prostitution", law: { traffickingTypes: ["labor"] }, given: { trafficking: "not-sure", offense: "prostitution" }, fit: "may-fit", codes: ["depends-trafficking"] },
  { name: "trafficking unknown, sex", law: { traffickingTypes: null }, given: { trafficking: "sex" }, fit: "may-fit", codes: ["unknown-trafficking"] },
  // Offenses
  ...OFFENSE_ANSWERS.map((offense): Scenario => ({ name: `any offense, ${offense}`, law: { offensesCovered: "any-offense" }, given: { offense }, fit: "likely-fits", codes: [] })),
  { name: "any offense, skipped", law: { offensesCovered: "any-offense" }, given: { offense: null }, fit: "likely-fits", codes: [] },
  { name: "with exceptions, prostitution", law: { offensesCovered: "any-offense-with-exceptions" }, given: { offense: "prostitution" }, fit: "likely-fits", codes: [] },
  ...(["drugs", "theft", "fraud"] as const).map((offense): Scenario => ({
    name: `with exceptions, ${offense}`,
    law: { offensesCovered: "any-offense-with-exceptions" },
    given: { offense },
    fit: "likely-fits",
    codes: ["some-offenses-excluded"],
  })),
  ...(["other", "not-sure", null] as const).map((offense): Scenario => ({
    name: `with exceptions, ${offense ?? "skipped"}`,
    law: { offensesCovered: "any-offense-with-exceptions" },
    given: { offense },
    fit: "may-fit",
    codes: ["depends-offense-exceptions"],
  })),
  { name: "prostitution only, prostitution", law: { offensesCovered: "prostitution-related-only" }, given: { offense: "prostitution" }, fit: "likely-fits", codes: [] },
  ...(["drugs", "theft", "fraud", "other"] as const).map((offense): Scenario => ({
    name: `prostitution only, ${offense}`,
    law: { offensesCovered: "prostitution-related-only" },
    given: { offense },
    fit: "does-not-fit",
    codes: ["offense-not-covered"],
  })),
  ...(["not-sure", null] as const).map((offense): Scenario => ({
    name: `prostitution only, ${offense ?? "skipped"}`,
    law: { offensesCovered: "prostitution-related-only" },
    given: { offense },
    fit: "may-fit",
    codes: ["depends-offense-prostitution"],
  })),
  ...[...OFFENSE_ANSWERS, null].map((offense): Scenario => ({
    name: `listed offenses, ${offense ?? "skipped"}`,
    law: { offensesCovered: "listed-offenses" },
    given: { offense },
    fit: "may-fit",
    codes: ["depends-offense-list"],
  })),
  { name: "offenses unknown, theft", law: { offensesCovered: null }, given: { offense: "theft" }, fit: "may-fit", codes: ["unknown-offenses"] },
  // Records
  { name: "convictions, conviction", law: { recordsCovered: ["convictions"] }, given: { record: "conviction" }, fit: "likely-fits", codes: [] },
  { name: "convictions, arrest", law: { recordsCovered: ["convictions"] }, given: { record: "arrest" }, fit: "does-not-fit", codes: ["record-not-covered"] },
  { name: "convictions, juvenile", law: { recordsCovered: ["convictions"] }, given: { record: "juvenile" }, fit: "does-not-fit", codes: ["record-not-covered"] },
  { name: "convictions, not sure", law: { recordsCovered: ["convictions"] }, given: { record: "not-sure" }, fit: "may-fit", codes: ["depends-record"] },
  { name: "convictions, skipped", law: { recordsCovered: ["convictions"] }, given: { record: null }, fit: "may-fit", codes: ["depends-record"] },
  { name: "arrests, arrest", law: { recordsCovered: ["arrests"] }, given: { record: "arrest" }, fit: "likely-fits", codes: [] },
  { name: "non-conviction records, arrest", law: { recordsCovered: ["non-conviction-records"] }, given: { record: "arrest" }, fit: "likely-fits", codes: [] },
  { name: "juvenile adjudications, juvenile", law: { recordsCovered: ["juvenile-adjudications"] }, given: { record: "juvenile" }, fit: "likely-fits", codes: [] },
  {
    name: "every kind, not sure",
    law: { recordsCovered: ["convictions", "arrests", "juvenile-adjudications", "non-conviction-records"] },
    given: { record: "not-sure" },
    fit: "likely-fits",
    codes: [],
  },
  { name: "records unknown, conviction", law: { recordsCovered: null }, given: { record: "conviction" }, fit: "may-fit", codes: ["unknown-records"] },
  // Kinds of relief and mixes
  { name: "other relief that fits", law: { reliefType: "other" }, given: everyone, fit: "likely-fits", codes: ["may-not-clear-record"] },
  ...(["vacatur", "expungement", "sealing"] as const).map((reliefType): Scenario => ({ name: `${reliefType} that fits`, law: { reliefType }, given: everyone, fit: "likely-fits", codes: [] })),
  {
    name: "a fact ruled out beats an unknown one",
    law: { agesCovered: "minors-only", traffickingTypes: null },
    given: { age: "adult" },
    fit: "does-not-fit",
    codes: ["adults-not-covered", "unknown-trafficking"],
  },
  {
    name: "every fact unknown",
    law: { agesCovered: null, traffickingTypes: null, offensesCovered: null, recordsCovered: null },
    given: { age: "under-18", trafficking: "sex", offense: "prostitution", record: "conviction" },
    fit: "may-fit",
    codes: ["unknown-ages", "unknown-trafficking", "unknown-offenses", "unknown-records"],
  },
  {
    name: "reasons come in question order, ruled out first",
    law: { agesCovered: "minors-only", traffickingTypes: ["sex"], offensesCovered: "prostitution-related-only", recordsCovered: ["juvenile-adjudications"] },
    given: { age: "adult", trafficking: "labor", offense: "theft", record: "conviction" },
    fit: "does-not-fit",
    codes: ["adults-not-covered", "trafficking-not-covered", "offense-not-covered", "record-not-covered"],
  },
];

/** Fills in the answers a scenario does not name with ones that fit the default law, so each row tests one thing; no answers means all skipped. */
const fillAnswers = (given: Partial<FactAnswers>): FactAnswers => ({ ...everyone, offense: "prostitution", ...given });
const answersFor = (row: Scenario): FactAnswers => (Object.keys(row.given).length > 0 ? fillAnswers(row.given) : answers({}));

describe("judgeLaw: the scenario table", () => {
  it.each(scenarios)("$name → $fit", (row) => {
    const verdict = judgeLaw(makeLaw(row.law), answersFor(row));
    expect(verdict.fit).toBe(row.fit);
    expect(verdict.reasons.map((reason) => reason.code)).toEqual(row.codes);
  });

  it("covers every answer to every question, skipping included, and every value of every law fact", () => {
    const used = (key: keyof FactAnswers) => new Set<string | null>(scenarios.map((row) => answersFor(row)[key]));
    for (const value of [...AGE_ANSWERS, null]) expect(used("age")).toContain(value);
    for (const value of [...TRAFFICKING_ANSWERS, null]) expect(used("trafficking")).toContain(value);
    for (const value of [...OFFENSE_ANSWERS, null]) expect(used("offense")).toContain(value);
    for (const value of [...RECORD_ANSWERS, null]) expect(used("record")).toContain(value);
    const lawValues = (key: keyof ReliefLaw) => new Set(scenarios.filter((row) => key in row.law).map((row) => JSON.stringify(row.law[key])));
    expect(lawValues("agesCovered")).toEqual(new Set(['"all-ages"', '"minors-only"', "null"]));
    expect(lawValues("traffickingTypes")).toEqual(new Set(['["sex","labor"]', '["sex"]', '["labor"]', "null"]));
    expect(lawValues("offensesCovered")).toEqual(
      new Set(['"any-offense"', '"any-offense-with-exceptions"', '"prostitution-related-only"', '"listed-offenses"', "null"]),
    );
    const records = scenarios.filter((row) => "recordsCovered" in row.law).map((row) => row.law.recordsCovered ?? null);
    expect(records).toContain(null);
    for (const kind of ["convictions", "arrests", "juvenile-adjudications", "non-conviction-records"] as const) {
      expect(records.some((covered) => covered?.length === 1 && covered[0] === kind)).toBe(true);
    }
    expect(lawValues("reliefType")).toEqual(new Set(['"other"', '"vacatur"', '"expungement"', '"sealing"']));
  });

  it("names the kind of trafficking and the records a law does cover, for the reason shown", () => {
    const [trafficking] = judgeLaw(makeLaw({ traffickingTypes: ["sex"] }), fillAnswers({ trafficking: "labor" })).reasons;
    expect(trafficking).toEqual({ kind: "fails", code: "trafficking-not-covered", covered: "sex" });
    const [record] = judgeLaw(makeLaw({ recordsCovered: ["convictions", "arrests"] }), fillAnswers({ record: "juvenile" })).reasons;
    expect(record).toEqual({ kind: "fails", code: "record-not-covered", record: "juvenile", covered: ["convictions", "arrests"] });
  });
});

const byCode = (code: StateCode) => getJurisdictionByCode(code)!;

describe("evaluateEligibility: the cases in the issue", () => {
  it("Missouri, 25, labor trafficking, theft conviction: does not fit, because adults are not covered", () => {
    const result = evaluateEligibility({ age: "adult", trafficking: "labor", offense: "theft", record: "conviction" }, byCode("MO"));
    expect(result.outcome).toBe("none-fit");
    expect(result.verdicts).toHaveLength(1);
    expect(result.verdicts[0]!.fit).toBe("does-not-fit");
    expect(result.verdicts[0]!.citation).toMatch(/610\.131/);
    expect(result.verdicts[0]!.reasons[0]).toEqual({ kind: "fails", code: "adults-not-covered" });
    expect(result.showGeneralRelief).toBe(true);
    expect(result.showApplySteps, "the filing steps of the ruled-out law are not next steps").toBe(false);
  });

  it("Texas, juvenile record: only the juvenile-court law (Fam. Code § 54.04012) may fit; the adult laws are ruled out", () => {
    const result = evaluateEligibility({ age: "under-18", trafficking: "sex", offense: "theft", record: "juvenile" }, byCode("TX"));
    expect(result.outcome).toBe("may-fit");
    const open = result.verdicts.filter((verdict) => verdict.fit !== "does-not-fit").map((verdict) => verdict.citation);
    expect(open).toEqual([expect.stringMatching(/54\.04012/)]);
    expect(result.showApplySteps).toBe(true);
  });

  it("Iowa, no trafficking law at all: no filing steps, general relief instead", () => {
    const result = evaluateEligibility({ age: "adult", trafficking: "labor", offense: "theft", record: "conviction" }, byCode("IA"));
    expect(result.outcome).toBe("no-laws");
    expect(result.showApplySteps).toBe(false);
    expect(result.showGeneralRelief).toBe(true);
  });

  it("Missouri, 16, prostitution conviction: likely fits", () => {
    const result = evaluateEligibility(answers({ age: "under-18", offense: "prostitution", record: "conviction" }), byCode("MO"));
    expect(result.outcome).toBe("fits");
    expect(result.verdicts[0]!.fit).toBe("likely-fits");
    expect(result.showGeneralRelief).toBe(false);
  });

  it("New York, 30, labor trafficking, drug conviction: likely fits", () => {
    const result = evaluateEligibility({ age: "adult", trafficking: "labor", offense: "drugs", record: "conviction" }, byCode("NY"));
    expect(result.outcome).toBe("fits");
    expect(result.verdicts[0]).toMatchObject({ fit: "likely-fits", reasons: [], reliefType: "vacatur" });
  });

  it("a state with no relief law: no paths, and its general relief", () => {
    const result = evaluateEligibility(everyone, byCode("AK"));
    expect(result).toEqual({ outcome: "no-laws", verdicts: [], showGeneralRelief: true, showApplySteps: false });
  });

  it("puts paths that likely fit first, then those that may, then those that do not", () => {
    const entry = makeJurisdiction({
      relief: [
        makeLaw({ citation: "no", agesCovered: "minors-only" }),
        makeLaw({ citation: "maybe", recordsCovered: null }),
        makeLaw({ citation: "yes" }),
      ],
    });
    const result = evaluateEligibility(everyone, entry);
    expect(result.verdicts.map((verdict) => verdict.citation)).toEqual(["yes", "maybe", "no"]);
    expect(result.outcome).toBe("fits");
  });

  it("shows general relief when the best path only may fit", () => {
    const result = evaluateEligibility(everyone, makeJurisdiction({ relief: [makeLaw({ offensesCovered: "listed-offenses" })] }));
    expect(result.outcome).toBe("may-fit");
    expect(result.showGeneralRelief).toBe(true);
    expect(result.showApplySteps).toBe(true);
  });
});

const allEntries = () => [...getJurisdictions(), getFederal()];

/** Adult, sex trafficking, prostitution conviction: checked by hand against data/ for every jurisdiction. */
const adultProstitutionConviction: Record<string, Outcome> = {
  AL: "fits", AK: "no-laws", AZ: "fits", AR: "fits", CA: "fits", CO: "fits", CT: "fits", DE: "fits", DC: "fits",
  FL: "fits", GA: "fits", HI: "fits", ID: "fits", IL: "fits", IN: "fits", IA: "no-laws", KS: "fits", KY: "fits",
  LA: "fits", ME: "no-laws", MD: "may-fit", MA: "may-fit", MI: "fits", MN: "no-laws", MS: "fits", MO: "none-fit",
  MT: "fits", NE: "fits", NV: "fits", NH: "may-fit", NJ: "fits", NM: "may-fit", NY: "fits", NC: "fits", ND: "may-fit",
  OH: "fits", OK: "may-fit", OR: "fits", PA: "may-fit", RI: "may-fit", SC: "may-fit", SD: "none-fit", TN: "may-fit",
  TX: "may-fit", UT: "may-fit", VT: "fits", VA: "may-fit", WA: "fits", WV: "may-fit", WI: "fits", WY: "fits", US: "fits",
};

/** Under 18, labor trafficking, theft, a juvenile record: checked by hand against data/ for every jurisdiction. */
const minorLaborTheftJuvenile: Record<string, Outcome> = {
  AL: "none-fit", AK: "no-laws", AZ: "none-fit", AR: "none-fit", CA: "fits", CO: "none-fit", CT: "fits", DE: "fits",
  DC: "none-fit", FL: "fits", GA: "none-fit", HI: "none-fit", ID: "none-fit", IL: "none-fit", IN: "fits", IA: "no-laws",
  KS: "may-fit", KY: "none-fit", LA: "none-fit", ME: "no-laws", MD: "none-fit", MA: "may-fit", MI: "none-fit",
  MN: "no-laws", MS: "none-fit", MO: "none-fit", MT: "none-fit", NE: "none-fit", NV: "may-fit", NH: "may-fit", NJ: "fits",
  NM: "none-fit", NY: "none-fit", NC: "may-fit", ND: "none-fit", OH: "may-fit", OK: "none-fit", OR: "none-fit",
  PA: "none-fit", RI: "none-fit", SC: "may-fit", SD: "may-fit", TN: "none-fit", TX: "may-fit", UT: "may-fit",
  VT: "none-fit", VA: "may-fit", WA: "none-fit", WV: "none-fit", WI: "none-fit", WY: "none-fit", US: "none-fit",
};

const profiles: Array<[string, FactAnswers, Record<string, Outcome>]> = [
  ["adult, sex trafficking, prostitution conviction", { age: "adult", trafficking: "sex", offense: "prostitution", record: "conviction" }, adultProstitutionConviction],
  ["under 18, labor trafficking, theft, juvenile record", { age: "under-18", trafficking: "labor", offense: "theft", record: "juvenile" }, minorLaborTheftJuvenile],
];

describe("evaluateEligibility: every jurisdiction", () => {
  it.each(profiles)("%s: the expected outcome in all 51 jurisdictions and federal law", (_, given, expected) => {
    const entries = allEntries();
    expect(Object.keys(expected).sort()).toEqual(entries.map((entry) => entry.code).sort());
    for (const entry of entries) {
      const outcome = evaluateEligibility(given, entry).outcome;
      expect({ code: entry.code, outcome }).toEqual({ code: entry.code, outcome: expected[entry.code] });
      expect(evaluateEligibility(given, unpackCheckEntry(packCheckEntry(entry), checkDetails(entry)))).toEqual(evaluateEligibility(given, entry));
    }
  });

  it("holds its promises for every jurisdiction and every combination of answers", () => {
    const choices = <T>(values: readonly T[]): Array<T | null> => [...values, null];
    const combinations: FactAnswers[] = choices(AGE_ANSWERS).flatMap((age) =>
      choices(TRAFFICKING_ANSWERS).flatMap((trafficking) =>
        choices(OFFENSE_ANSWERS).flatMap((offense) => choices(RECORD_ANSWERS).map((record) => ({ age, trafficking, offense, record }))),
      ),
    );
    expect(combinations).toHaveLength(4 * 5 * 7 * 5);
    for (const entry of allEntries()) {
      for (const given of combinations) {
        const result = evaluateEligibility(given, entry);
        expect(result.verdicts).toHaveLength(entry.relief.length);
        for (const verdict of result.verdicts) {
          const law = entry.relief.find((candidate) => candidate.citation === verdict.citation)!;
          const kinds = new Set(verdict.reasons.map((reason) => reason.kind));
          const hasUnknownFact = [law.agesCovered, law.traffickingTypes, law.offensesCovered, law.recordsCovered].includes(null);
          if (hasUnknownFact) expect(verdict.fit, `${entry.code} ${law.citation}: a fact our sources don't give never fits`).not.toBe("likely-fits");
          if (verdict.fit === "does-not-fit") expect(kinds.has("fails")).toBe(true);
          if (verdict.fit === "may-fit") expect(!kinds.has("fails") && (kinds.has("depends") || kinds.has("unknown"))).toBe(true);
          if (verdict.fit === "likely-fits") expect([...kinds].every((kind) => kind === "caveat")).toBe(true);
          if (law.reliefType === "other") expect(verdict.reasons.map((reason) => reason.code)).toContain("may-not-clear-record");
        }
        if (given.age === "adult") {
          for (const verdict of result.verdicts) {
            const law = entry.relief.find((candidate) => candidate.citation === verdict.citation)!;
            if (law.agesCovered === "minors-only") expect(verdict.reasons[0]!.code).toBe("adults-not-covered");
          }
        }
      }
    }
  }, 30_000);
});

const pickHelp = ({ name, kind, url, phone, address, languages, free }: ReturnType<typeof allEntries>[number]["howToApply"]["legalHelp"][number]) => ({
  name,
  kind,
  url,
  phone,
  address,
  languages,
  free,
});

describe("the compact dataset for the browser", () => {
  it("packs and unpacks every law without losing a fact the check uses", () => {
    for (const entry of allEntries()) {
      for (const law of entry.relief) {
        const { citation, reliefType, inForce, agesCovered, traffickingTypes, offensesCovered, recordsCovered } = law;
        expect(unpackLaw(packLaw(law))).toEqual({ citation, reliefType, inForce, agesCovered, traffickingTypes, offensesCovered, recordsCovered });
      }
    }
  });

  it("sends every text whole, so nothing reads as cut off mid-thought (Texas's general relief names both of its tools)", () => {
    const shown = allEntries().map((entry) => unpackCheckEntry(packCheckEntry(entry), checkDetails(entry)));
    expect(shown).toHaveLength(52);
    const texas = shown.find((entry) => entry.code === "TX")!;
    const source = allEntries().find((entry) => entry.code === "TX")!;
    expect(texas.generalRelief).toBe(source.generalRelief.summary);
    expect(texas.generalRelief).toMatch(/nondisclosure/);
    const missouri = shown.find((entry) => entry.code === "MO")!;
    expect(packCheckEntry(allEntries().find((entry) => entry.code === "MO")!)).toMatchObject({
      slug: "missouri",
      name: "Missouri",
      relief: [[expect.stringMatching(/610\.131/), "eymspc"]],
    });
    expect(missouri.lawDetails).toHaveLength(missouri.relief.length);
  });

  it("ships each legal-help entry with its source and the day it was checked", () => {
    for (const entry of allEntries()) {
      checkDetails(entry).legalHelp.forEach((help, index) => {
        const original = entry.howToApply.legalHelp[index]!;
        expect(help).toEqual({ ...pickHelp(original), sourceUrl: original.source.url, checkedOn: original.checkedOn });
      });
    }
  });
});

describe("answers in the address", () => {
  const places = ["MO", "NY", "US"];

  it("writes only the answers given and reads them back", () => {
    const given: CheckAnswers = { place: "MO", age: "adult", trafficking: "labor", offense: "theft", record: "conviction" };
    const search = answersToSearch(given);
    expect(search).toBe("state=mo&age=adult&trafficking=labor&offense=theft&record=conviction");
    expect(answersFromSearch(`?${search}`, places)).toEqual({ answers: given, ignored: [], found: true });
    expect(answersToSearch({ place: "US", age: null, trafficking: null, offense: "drugs", record: null })).toBe("state=federal&offense=drugs");
  });

  it("ignores unknown values, cut short, and says which", () => {
    const long = "x".repeat(100);
    const parsed = answersFromSearch(`?state=atlantis&age=${long}&offense=DRUGS&record=<b>juvenile</b>&utm_source=mail`, places);
    expect(parsed.answers).toEqual({ place: null, age: null, trafficking: null, offense: "drugs", record: null });
    expect(parsed.ignored).toEqual([
      { name: "state", value: "atlantis" },
      { name: "age", value: "x".repeat(40) },
      { name: "record", value: "<b>juvenile</b>" },
    ]);
    expect(parsed.found).toBe(true);
  });

  it("finds nothing in an address without answers", () => {
    expect(answersFromSearch("?utm_source=mail", places)).toEqual({
      answers: { place: null, age: null, trafficking: null, offense: null, record: null },
      ignored: [],
      found: false,
    });
    expect(answersFromSearch("?state=ny", places).answers.place).toBe("NY");
  });
});

describe("a law our sources do not confirm is still in force", () => {
  it("may fit at best, and says why", () => {
    const verdict = judgeLaw(makeLaw({ inForce: null }), { age: "adult", trafficking: "sex", offense: "prostitution", record: "conviction" });
    expect(verdict.fit).toBe("may-fit");
    expect(verdict.reasons).toContainEqual({ kind: "unknown", code: "unknown-in-force" });
  });

  it("reads West Virginia as may fit, never likely fits", () => {
    const result = evaluateEligibility(
      { age: "adult", trafficking: "sex", offense: "prostitution", record: "conviction" },
      getJurisdictionByCode("WV")!,
    );
    expect(result.verdicts.map((verdict) => verdict.fit)).toEqual(["may-fit"]);
  });
});

describe("paths that may not clear the record", () => {
  it("still show general relief when the only fit is another kind of help", () => {
    const jurisdiction = makeJurisdiction({ relief: [makeLaw({ reliefType: "other" })] });
    const result = evaluateEligibility({ age: "adult", trafficking: "sex", offense: "prostitution", record: "conviction" }, jurisdiction);
    expect(result.verdicts[0]?.fit).toBe("likely-fits");
    expect(result.showGeneralRelief).toBe(true);
  });

  it("leave out a law our sources say is repealed", () => {
    const jurisdiction = makeJurisdiction({ relief: [makeLaw({ inForce: false })] });
    expect(evaluateEligibility({ age: "adult", trafficking: null, offense: null, record: null }, jurisdiction).outcome).toBe("no-laws");
  });
});
