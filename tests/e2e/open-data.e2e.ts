import Ajv2020 from "ajv/dist/2020";
import { describe, expect, it } from "vitest";
import { setupSite } from "./harness";

const site = setupSite();

describe("open data downloads", () => {
  it("serves the JSON, which validates against the served schema", async () => {
    const [dataResponse, schemaResponse] = await Promise.all([
      fetch(`${site.baseURL}/data/relief-laws.json`),
      fetch(`${site.baseURL}/data/relief-laws.schema.json`),
    ]);
    expect(dataResponse.headers.get("content-type")).toMatch(/application\/json/);
    const data = await dataResponse.json();
    const validate = new Ajv2020({ strict: false }).compile(await schemaResponse.json());
    expect(validate(data), JSON.stringify(validate.errors?.slice(0, 2))).toBe(true);
    expect(data.jurisdictions).toHaveLength(51);
    expect(data.jurisdictions.find((j: { code: string }) => j.code === "NY").coverage).toBe("broad");
  });

  it("serves the CSV with a header row and one row per relief law", async () => {
    const response = await fetch(`${site.baseURL}/data/relief-laws.csv`);
    expect(response.headers.get("content-type")).toMatch(/text\/csv/);
    const text = await response.text();
    expect(text.startsWith("code,name,slug,fips,coverage,")).toBe(true);
    expect(text).toMatch(/\r\nMO,Missouri,missouri,29,minors-only,/);
  });

  it("writes the CSV as UTF-8 with a byte-order mark, so Excel keeps the § signs", async () => {
    const bytes = new Uint8Array(await (await fetch(`${site.baseURL}/data/relief-laws.csv`)).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    expect(text.startsWith("\uFEFFcode,name,")).toBe(true);
    expect(text).toMatch(/§ 610\.131/);
  });

  it("links all three from the About page", async () => {
    const page = await site.open("/about");
    for (const href of ["/data/relief-laws.json", "/data/relief-laws.csv", "/data/relief-laws.schema.json"]) {
      expect(await page.locator(`a[href="${href}"]`).count(), href).toBeGreaterThan(0);
    }
  });
});
