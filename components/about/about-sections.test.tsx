// @vitest-environment jsdom
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import AboutPage from "@/app/(en)/about/page";
import { termsWords } from "@/components/copy/terms";
import { stateWords } from "@/components/state/copy";

const { coverageName } = termsWords.en;
const { criterionName } = stateWords.en;
import { CRITERIA } from "@/lib/criteria";
import { getEditions, getJurisdictions } from "@/lib/data";
import { summarizeDataset } from "@/lib/overview";
import { ABOUT_SECTIONS } from "./about-anchors";
import { DataSection } from "./data-section";
import { GradesSection } from "./grades-section";
import { MethodSection } from "./method-section";
import { PrivacySection } from "./privacy-section";

const summary = summarizeDataset(getJurisdictions());
const editions = getEditions();

const section = (name: RegExp) => screen.getByRole("region", { name });

describe("the about page", () => {
  it("has every section other pages link to, each reachable from the contents list", () => {
    const { container } = render(<AboutPage />);
    for (const id of ["grades", "method", "glossary", "data", "privacy", "errors", "not-legal-advice"]) {
      expect(container.querySelector(`section#${id}`), id).not.toBeNull();
    }
    const contents = screen.getByRole("navigation", { name: "On this page" });
    expect(within(contents).getAllByRole("link").map((link) => link.getAttribute("href"))).toEqual(ABOUT_SECTIONS.map((item) => `#${item.id}`));
  });

  it("explains the glossary words the issue names", () => {
    render(<AboutPage />);
    const glossary = section(/glossary/i);
    for (const term of ["Vacatur", "Expungement", "Sealing", "Affirmative defense", "Nexus to trafficking", "Official documentation"]) {
      expect(within(glossary).getByText(term, { selector: "dt" })).toBeTruthy();
    }
  });

  it("says how to report an error without inventing an address, and that this is not legal advice", () => {
    render(<AboutPage />);
    const errors = section(/report an error/i);
    expect(errors.textContent).toMatch(/email the team/i);
    expect(errors.textContent).toMatch(/public tracker/i);
    expect(within(errors).queryAllByRole("link")).toEqual([]);
    expect(errors.textContent).not.toMatch(/@/);
    expect(section(/not legal advice/i).textContent).toMatch(/talk to a lawyer or a legal aid organization/i);
  });
});

describe("GradesSection", () => {
  it("gives the graded counts from the data and says a missing grade is not a bad one", () => {
    render(<GradesSection editions={editions} summary={summary} />);
    const text = section(/polaris grades/i).textContent ?? "";
    expect(text).toContain(`for ${summary.graded["2019"]} of ${summary.total} states in the 2019 edition`);
    expect(text).toContain(`for ${summary.graded["2023"]} of ${summary.total} states in the 2023 edition`);
    expect(text).toMatch(/missing grade never means a bad grade/i);
  });

  it("describes each edition's method only as far as the sources do, with the sources linked", () => {
    render(<GradesSection editions={editions} summary={summary} />);
    for (const edition of editions) {
      const part = screen.getByRole("region", { name: `The ${edition.year} edition` });
      expect(within(part).getByRole("link", { name: new RegExp(`Read Polaris’s report`) }).getAttribute("href")).toBe(edition.url);
      if (edition.scale === null) expect(part.textContent).toMatch(/Grading scale\s*Not found in our sources/);
      for (const category of edition.categories) expect(part.textContent).toContain(category.name);
      for (const source of edition.sources) {
        const link = within(part).getByRole("link", { name: new RegExp(source.title.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) });
        expect(link.getAttribute("rel")).toBe("noopener noreferrer");
      }
    }
  });
});

describe("MethodSection", () => {
  it("says the levels and checklist are ours, with each level's count from the data and every criterion", () => {
    render(<MethodSection summary={summary} />);
    const method = section(/our coverage levels and checklist/i);
    expect(method.textContent).toMatch(/ours, not Polaris’s grades/);
    for (const { key, count } of summary.coverage) {
      expect(method.textContent).toContain(`${coverageName[key]} (${count} ${count === 1 ? "state" : "states"})`);
    }
    expect(method.textContent).toContain(`The checklist has ${CRITERIA.length} items`);
    for (const criterion of CRITERIA) expect(within(method).getByText(criterionName[criterion])).toBeTruthy();
  });
});

describe("DataSection", () => {
  it("links the three downloads and explains the main fields, with null as not found", () => {
    render(<DataSection />);
    const hrefs = screen.getAllByRole("link").map((link) => link.getAttribute("href"));
    expect(hrefs).toEqual(["/data/relief-laws.json", "/data/relief-laws.csv", "/data/relief-laws.schema.json"]);
    for (const field of ["coverage", "grades", "relief[].citation", "relief[].reliefType", "relief[].agesCovered", "relief[].traffickingTypes", "relief[].offensesCovered", "relief[].recordsCovered"]) {
      expect(screen.getByText(field, { selector: "code" })).toBeTruthy();
    }
    expect(screen.getByText(/"any-offense-with-exceptions"/)).toBeTruthy();
    expect(screen.getByText(/null .* means “not found in our sources”, never “no”/)).toBeTruthy();
  });
});

describe("PrivacySection", () => {
  it("describes quick exit and its limits honestly", () => {
    render(<PrivacySection />);
    const text = section(/privacy and quick exit/i).textContent ?? "";
    expect(text).toMatch(/press the Shift key 3 times/);
    expect(text).toMatch(/takes you to weather\.gov and replaces this page in your browser’s history/);
    expect(text).toMatch(/no cookies, runs no analytics, loads nothing from other websites and stores nothing you look up/);
    expect(text).toMatch(/cannot erase history/);
    expect(text).toMatch(/private \(incognito\) window/);
    expect(text).toMatch(/someone looking over your shoulder. It does not protect against software that monitors/);
  });
});
