import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getSearchEntries } from "./search-index";
import { editDistance, exactMatch, MAX_QUERY_LENGTH, normalize, searchStates } from "./search";

const entries = getSearchEntries(() => "");
const first = (query: string) => searchStates(entries, query)[0]?.entry.name ?? null;

describe("searchStates: the first result for what people type", () => {
  const table: Array<[string, string | null]> = [
    ["missouri", "Missouri"],
    ["Missouri", "Missouri"],
    ["MISSOURI", "Missouri"],
    ["MO", "Missouri"],
    ["mo", "Missouri"],
    ["NY", "New York"],
    ["N.Y.", "New York"],
    ["new york", "New York"],
    ["New-York", "New York"],
    ["york", "New York"],
    ["car", "North Carolina"],
    ["south car", "South Carolina"],
    ["missori", "Missouri"],
    ["misouri", "Missouri"],
    ["misuri", "Missouri"],
    ["Misuri", "Missouri"],
    ["conneticut", "Connecticut"],
    ["masachusetts", "Massachusetts"],
    ["massachusets", "Massachusetts"],
    ["west virgina", "West Virginia"],
    ["pensylvania", "Pennsylvania"],
    ["tennesee", "Tennessee"],
    ["mississipi", "Mississippi"],
    ["DC", "District of Columbia"],
    ["d.c.", "District of Columbia"],
    ["washington dc", "District of Columbia"],
    ["wash", "Washington"],
    ["virginia", "Virginia"],
    ["  texas  ", "Texas"],
    ["Hawaiʻi", "Hawaii"],
    ["new", "New Hampshire"],
    ["federal", "Federal convictions"],
    ["", null],
    ["     ", null],
    ["🙂", null],
    ["x".repeat(10_000), null],
    ["<img src=x onerror=alert(1)>", null],
    ["zz", null],
    ["xyzzy", null],
  ];

  it.each(table)("%j → %s", (query, expected) => {
    expect(first(query)).toBe(expected);
  });

  it("puts word-start matches before fuzzy ones: car finds both Carolinas first", () => {
    expect(searchStates(entries, "car").slice(0, 2).map((result) => result.entry.name)).toEqual(["North Carolina", "South Carolina"]);
  });

  it("finds every jurisdiction first by its own name and by its code", () => {
    fc.assert(
      fc.property(fc.constantFrom(...entries), fc.boolean(), (entry, useCode) => {
        const query = useCode ? entry.code : entry.name;
        expect(first(query)).toBe(entry.name);
      }),
    );
  });

  it("never throws on any input and never returns more than the limit", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (query) => {
        expect(searchStates(entries, query).length).toBeLessThanOrEqual(8);
      }),
    );
  });
});

describe("exactMatch", () => {
  it("names one state outright only for a code, name or alias", () => {
    expect(exactMatch(entries, "missouri")?.code).toBe("MO");
    expect(exactMatch(entries, "n.y.")?.code).toBe("NY");
    expect(exactMatch(entries, "missori")).toBeNull();
    expect(exactMatch(entries, "misory"), "a close spelling never opens a state").toBeNull();
    expect(exactMatch(entries, "misuri")?.code, "Missouri's Spanish name is a name, not a close spelling").toBe("MO");
    expect(exactMatch(entries, "new")).toBeNull();
  });
});

describe("normalize and editDistance", () => {
  it("folds case, accents and punctuation and caps the length", () => {
    expect(normalize("  N.Y.  ")).toBe("ny");
    expect(normalize("Hawaiʻi")).toBe("hawai i");
    expect(normalize("Cañon")).toBe("canon");
    expect(normalize("a".repeat(500)).length).toBe(MAX_QUERY_LENGTH);
  });

  it("counts a swap of neighbours as one edit", () => {
    expect(editDistance("missouri", "missouri")).toBe(0);
    expect(editDistance("missori", "missouri")).toBe(1);
    expect(editDistance("msisouri", "missouri")).toBe(1);
    expect(editDistance("", "abc")).toBe(3);
  });
});
