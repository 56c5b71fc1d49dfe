import Ajv2020 from "ajv/dist/2020";
import { describe, expect, it } from "vitest";
import { getDataset } from "./data";
import { buildOpenData, CSV_COLUMNS, csvField, openDataJsonSchema, toCsv } from "./open-data";

const data = buildOpenData(getDataset(), "2026-11-28T00:00:00.000Z");

/** A small RFC 4180 reader, to check the CSV round-trips. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += char;
  }
  return rows;
}

describe("the open data", () => {
  it("has the documented top level and stable field names", () => {
    expect(Object.keys(data)).toEqual(["schemaVersion", "generatedAt", "editions", "federal", "jurisdictions"]);
    const missouri = data.jurisdictions.find((j) => j.code === "MO")!;
    expect(missouri).toMatchObject({ slug: "missouri", fips: "29", coverage: "minors-only" });
    expect(missouri.grades["2023"]).toMatchObject({ grade: "F" });
    expect(Object.keys(missouri.relief[0]!)).toEqual(expect.arrayContaining(["citation", "reliefType", "agesCovered", "traffickingTypes", "offensesCovered", "recordsCovered"]));
  });

  it("validates against the JSON Schema generated from the zod schema", () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(openDataJsonSchema());
    expect(validate(JSON.parse(JSON.stringify(data))), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const broken = JSON.parse(JSON.stringify(data));
    broken.jurisdictions[0].coverage = "excellent";
    expect(validate(broken)).toBe(false);
  });

  it("quotes CSV fields per RFC 4180", () => {
    expect(csvField('say "hi", then\nleave')).toBe('"say ""hi"", then\nleave"');
    expect(csvField("plain")).toBe("plain");
    expect(csvField(null)).toBe("");
    expect(csvField(false)).toBe("false");
  });

  it("writes one CSV row per relief law, with a header, that reads back intact", () => {
    const rows = parseCsv(toCsv(data));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const lawCount = data.jurisdictions.reduce((total, j) => total + Math.max(1, j.relief.length), 0);
    expect(rows).toHaveLength(lawCount + 1);
    for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length);
    const column = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    const newYork = rows.find((row) => row[0] === "NY" && row[column("relief_type")] === "vacatur")!;
    const vacatur = data.jurisdictions.find((j) => j.code === "NY")!.relief.find((law) => law.reliefType === "vacatur")!;
    expect(newYork[column("citation")]).toBe(vacatur.citation);
    expect(newYork[column("in_force")]).toBe("true");
    expect(newYork[column("ages_covered")]).toBe("all-ages");
    expect(newYork[column("verification_level")]).toBe(vacatur.verification.level);
    expect(newYork[column("juvenile_relief")]).toBe("not-found");
  });
});
