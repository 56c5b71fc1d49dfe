// @vitest-environment jsdom
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { checkDetails, evaluateEligibility, packCheckEntry, unpackCheckEntry, type FactAnswers } from "@/lib/eligibility";
import type { Jurisdiction } from "@/lib/schema";
import { makeJurisdiction, makeLaw } from "@/tests/fixtures/jurisdiction";
import { CheckResult } from "./check-result";
import { CheckWordsProvider } from "./check-words";
import * as en from "./copy.en";

const adultDrugConviction: FactAnswers = { age: "adult", trafficking: "sex", offense: "drugs", record: "conviction" };

function showResult(jurisdiction: Jurisdiction, answers: FactAnswers = adultDrugConviction) {
  const entry = unpackCheckEntry(packCheckEntry(jurisdiction), checkDetails(jurisdiction));
  return render(
    <CheckWordsProvider words={en}>
      <CheckResult entry={entry} result={evaluateEligibility(answers, entry)} />
    </CheckWordsProvider>,
  );
}

const verdictFor = (citation: string) => screen.getByRole("heading", { level: 4, name: citation }).closest("li")!;

describe("CheckResult", () => {
  it("says a law with a fact our sources lack may fit, never that it fits", () => {
    showResult(makeJurisdiction({ relief: [makeLaw({ citation: "Ohio Rev. Code § 1", recordsCovered: null })] }));
    const verdict = verdictFor("Ohio Rev. Code § 1");
    expect(within(verdict).getByText("May fit — our sources don't say")).toBeTruthy();
    expect(within(verdict).getByText("Our sources don't say which records it covers.")).toBeTruthy();
    expect(verdict.textContent).not.toContain("Likely fits");
    expect(screen.getByRole("heading", { name: "General record relief in Ohio" })).toBeTruthy();
  });

  it("marks each verdict with words and a text mark, not colour alone, and links the law's state page", () => {
    showResult(
      makeJurisdiction({
        relief: [
          makeLaw({ citation: "Law A" }),
          makeLaw({ citation: "Law B", agesCovered: "minors-only" }),
          makeLaw({ citation: "Law C", offensesCovered: "listed-offenses" }),
        ],
      }),
    );
    expect(verdictFor("Law A").querySelector(".check-fit")!.textContent).toBe("✓ Likely fits");
    expect(verdictFor("Law B").querySelector(".check-fit")!.textContent).toBe("✗ Does not fit — because adults are not covered");
    expect(verdictFor("Law C").querySelector(".check-fit")!.textContent).toBe("? May fit — depends on the offense");
    expect(within(verdictFor("Law A")).getByRole("link").getAttribute("href")).toBe("/states/ohio#relief-heading");
    expect(screen.getByText("At least one way to clear a record in Ohio likely fits your answers.")).toBeTruthy();
    expect(screen.queryByRole("heading", { name: /General record relief/ })).toBeNull();
  });

  it("says other relief may not clear the record", () => {
    showResult(makeJurisdiction({ relief: [makeLaw({ citation: "Pardon", reliefType: "other" })] }));
    const verdict = verdictFor("Pardon");
    expect(within(verdict).getByText("Other relief")).toBeTruthy();
    expect(verdict.textContent).toContain("It may not clear your record.");
  });

  it("with no relief law: no paths, the general relief, and where to get help", () => {
    showResult(
      makeJurisdiction({
        relief: [],
        generalRelief: { summary: "Ohio's general sealing law lets people seal many records.", summaryEs: null, sources: [] },
        howToApply: {
          ...makeJurisdiction().howToApply,
          legalHelp: [
            {
              name: "Ohio Legal Help",
              kind: "legal-aid",
              url: "https://www.ohiolegalhelp.org/",
              phone: null,
              address: null,
              languages: null,
              free: true,
              source: { url: "https://www.ohiolegalhelp.org/", title: "Ohio Legal Help", date: null, supports: "legal aid directory" },
              checkedOn: "2026-11-01",
            },
          ],
        },
      }),
    );
    expect(screen.getByText(/We found no law in Ohio that clears records because of trafficking/)).toBeTruthy();
    expect(screen.queryByRole("heading", { level: 3, name: /Ways to clear a record/ })).toBeNull();
    expect(screen.queryByRole("heading", { name: /How to apply/ })).toBeNull();
    expect(screen.getByText("Ohio's general sealing law lets people seal many records.")).toBeTruthy();
    expect(screen.getByRole("link", { name: "More about general record relief in Ohio" }).getAttribute("href")).toBe("/states/ohio#general-heading");
    const help = screen.getByRole("link", { name: /Ohio Legal Help/ });
    expect(help.getAttribute("rel")).toBe("noopener noreferrer");
    expect(screen.getByRole("link", { name: "Call 1-888-373-7888" }).getAttribute("href")).toBe("tel:18883737888");
    expect(screen.getByRole("link", { name: "See federal convictions" }).getAttribute("href")).toBe("/federal");
  });

  it("when every law is ruled out, gives general relief, help and the federal route, never the ruled-out law's filing steps", () => {
    showResult(
      makeJurisdiction({
        relief: [makeLaw({ citation: "Minors Law § 1", agesCovered: "minors-only" })],
        generalRelief: { summary: "Ohio's general sealing law lets people seal many records.", summaryEs: null, sources: [] },
        howToApply: { ...makeJurisdiction().howToApply, whereToFile: "File the Minors Law motion in juvenile court." },
      }),
    );
    expect(screen.getByText(/None of the trafficking laws in Ohio fit your answers/)).toBeTruthy();
    expect(screen.queryByRole("heading", { name: /How to apply/ })).toBeNull();
    expect(screen.queryByText(/File the Minors Law motion/)).toBeNull();
    expect(screen.getByText("Ohio's general sealing law lets people seal many records.")).toBeTruthy();
    expect(screen.getByText(/Talk to a lawyer or a legal aid group/)).toBeTruthy();
    expect(screen.getByRole("link", { name: "See federal convictions" })).toBeTruthy();
  });

  it("shows each legal-help entry's phone as a call link, its address, languages, cost, checked date and source", () => {
    showResult(
      makeJurisdiction({
        howToApply: {
          ...makeJurisdiction().howToApply,
          legalHelp: [
            {
              name: "Survivor Law Project",
              kind: "trafficking-legal-services",
              url: null,
              phone: "(614) 555-0100",
              address: "1 Main St, Columbus, OH",
              languages: ["English", "Spanish"],
              free: true,
              source: { url: "https://example.org/help", title: "Help list", date: null, supports: "contact details" },
              checkedOn: "2026-11-20",
            },
          ],
        },
      }),
    );
    const item = screen.getByText("Survivor Law Project").closest("li")!;
    expect(within(item).getByRole("link", { name: "(614) 555-0100" }).getAttribute("href")).toBe("tel:+16145550100");
    expect(item.textContent).toContain("1 Main St, Columbus, OH");
    expect(item.textContent).toContain("English, Spanish");
    expect(item.textContent).toContain("Free. Checked 2026-11-20");
    expect(within(item).getByRole("link", { name: /source/ }).getAttribute("href")).toBe("https://example.org/help");
  });

  it("shows where to file and what helps, or says our sources lack it, with a link to every step", () => {
    showResult(
      makeJurisdiction({
        howToApply: { ...makeJurisdiction().howToApply, whereToFile: "The court that sentenced you." },
      }),
    );
    const apply = screen.getByRole("heading", { name: "How to apply in Ohio" }).nextElementSibling!;
    expect(apply.textContent).toContain("The court that sentenced you.");
    expect(apply.textContent).toContain("Not found in our sources");
    expect(screen.getByRole("link", { name: "All the steps to apply in Ohio" }).getAttribute("href")).toBe("/states/ohio#apply-heading");
  });
});
