import { readFileSync } from "node:fs";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { expectNoAxeViolations, setupSite } from "./harness";

const site = setupSite();
const changes = JSON.parse(readFileSync("data/changes.json", "utf8")) as Array<{ id: string; jurisdiction: string; date: string }>;

describe("the change log", () => {
  it("lists every change newest first, each linked to its state page, and passes axe", async () => {
    const page = await site.open("/changes");
    const items = page.locator(".change-list > li");
    expect(await items.count()).toBe(changes.length);
    const dates = await items.locator("time").evaluateAll((times) => times.map((time) => time.getAttribute("datetime") ?? ""));
    expect(dates).toEqual([...dates].sort().reverse());
    const tennessee = page.locator(".change-list > li", { hasText: "Tennessee" }).first();
    expect(await tennessee.getByRole("link", { name: "Tennessee", exact: true }).getAttribute("href")).toBe("/states/tennessee");
    await expectNoAxeViolations(page);
  });

  it("filters by state without JavaScript, and each state page links its last-checked line to its changes", async () => {
    const page = await site.open("/states/tennessee", { javaScript: false });
    await page.locator(".verified").getByRole("link", { name: "See what changed" }).click();
    await page.waitForURL("**/changes/tennessee");
    const shown = page.locator(".change-list > li");
    const expected = changes.filter((change) => change.jurisdiction === "TN").length;
    expect(expected).toBeGreaterThan(0);
    expect(await shown.count()).toBe(expected);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("What changed: Tennessee");
    const missouri = await site.open("/states/missouri");
    expect(await missouri.locator("#recent-changes-heading").textContent()).toBe("Recent changes");
  });

  it("serves the same entries as a valid Atom 1.0 feed with absolute links", async () => {
    const response = await fetch(`${site.baseURL}/changes.xml`);
    expect(response.headers.get("content-type")).toMatch(/^application\/atom\+xml/);
    const xml = await response.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" }).parse(xml) as {
      feed: Record<string, unknown> & { entry: Array<Record<string, unknown>> };
    };
    const feed = parsed.feed;
    expect(feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
    for (const required of ["id", "title", "updated", "author"]) expect(feed[required], `feed ${required}`).toBeTruthy();
    expect(feed.entry).toHaveLength(changes.length);
    const ids = new Set<string>();
    for (const entry of feed.entry) {
      for (const required of ["id", "title", "updated", "link"]) expect(entry[required], `entry ${required}`).toBeTruthy();
      expect(String(entry.updated)).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      expect((entry.link as { "@href": string })["@href"]).toMatch(/^https?:\/\/[^/]+\/(states\/[a-z-]+|federal)$/);
      ids.add(String(entry.id));
    }
    expect(ids.size).toBe(changes.length);
  });
});
