// @vitest-environment jsdom
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { getFederal, getJurisdictions } from "@/lib/data";
import { checkDetails, checkDetailsHref, packCheckEntry } from "@/lib/eligibility";
import { CheckWizard as CheckWizardIn, type CheckWizardProps } from "./check-wizard";
import { CheckWordsEn } from "./check-words-en";

const places = [...getJurisdictions(), getFederal()];
const entries = places.map(packCheckEntry);
const DETAILS_URL = checkDetailsHref("en");
const detailsFile = Object.fromEntries(places.map((place) => [place.code, checkDetails(place, "en")]));

/** The check as the English page renders it: inside its words. */
const CheckWizard = (props: CheckWizardProps) => (
  <CheckWordsEn>
    <CheckWizardIn {...props} />
  </CheckWordsEn>
);

const stepHeading = () => screen.getByRole("heading", { level: 2 });
const focused = () => document.activeElement;
/** The answer shown beside a question on the review step, without its Change button. */
const reviewAnswer = (title: string) => screen.getByText(title, { selector: "dt" }).nextElementSibling!.firstElementChild!.textContent;

describe("CheckWizard", () => {
  // The one request the check may make: the details file, the same for everyone, so it carries no answer.
  const fetchSpy = vi.fn(async (url: string) => (url === DETAILS_URL ? Response.json(detailsFile) : new Response(null, { status: 404 })));

  beforeEach(() => {
    window.history.replaceState(null, "", "/check");
    vi.stubGlobal("fetch", fetchSpy);
    // jsdom has no CSS.escape, which user-event needs to move between radio buttons with the arrow keys.
    if (typeof globalThis.CSS?.escape !== "function") vi.stubGlobal("CSS", { ...globalThis.CSS, escape: (value: string) => value });
    fetchSpy.mockClear();
  });

  afterEach(() => {
    vi.unstubAllGlobals();
    const asked = fetchSpy.mock.calls.map(([url]) => url);
    expect(asked.filter((url) => url !== DETAILS_URL), "answering must never send a request").toEqual([]);
    expect(asked.length, "the details file loads at most once").toBeLessThanOrEqual(1);
  });

  it("works with the keyboard alone: Missouri, 25, labor trafficking, theft conviction does not fit because adults are not covered", async () => {
    const user = userEvent.setup();
    render(<CheckWizard entries={entries} detailsUrl={DETAILS_URL} />);
    expect(stepHeading().textContent).toBe("Step 1 of 6: Where the case was");

    await user.tab();
    expect(focused()).toBe(screen.getByRole("radio", { name: /A state court/ }));
    await user.keyboard(" ");
    const select = screen.getByRole("combobox", { name: "Which state?" });
    await user.tab();
    expect(focused()).toBe(select);
    await user.selectOptions(select, "Missouri");
    await user.tab();
    expect(focused()).toBe(screen.getByRole("button", { name: "Next" }));
    await user.keyboard("{Enter}");

    expect(stepHeading().textContent).toBe("Step 2 of 6: Your age");
    expect(focused()).toBe(stepHeading());
    await user.tab();
    expect(focused()).toBe(screen.getByRole("radio", { name: "Under 18" }));
    await user.keyboard("{ArrowDown}");
    expect(screen.getByRole("radio", { name: "18 or older" })).toHaveProperty("checked", true);
    await user.keyboard("{Enter}");

    expect(stepHeading().textContent).toBe("Step 3 of 6: The trafficking");
    expect(focused()).toBe(stepHeading());
    await user.tab();
    await user.keyboard("{ArrowDown}{Enter}");
    expect(stepHeading().textContent).toBe("Step 4 of 6: The offense");
    await user.tab();
    await user.keyboard("{ArrowDown}{ArrowDown}{Enter}");
    expect(stepHeading().textContent).toBe("Step 5 of 6: The record");
    await user.tab();
    await user.keyboard(" {Enter}");

    expect(stepHeading().textContent).toBe("Step 6 of 6: Check your answers");
    expect(focused()).toBe(stepHeading());
    expect(reviewAnswer("Where the case was")).toBe("Missouri");
    expect(reviewAnswer("Your age")).toBe("18 or older");
    expect(reviewAnswer("The trafficking")).toBe("Labor trafficking");
    expect(reviewAnswer("The offense")).toBe("Theft or property");
    expect(reviewAnswer("The record")).toBe("A conviction");

    for (let press = 0; press < 7; press++) await user.tab();
    expect(focused()).toBe(screen.getByRole("button", { name: "See what may fit" }));
    await user.keyboard("{Enter}");
    expect(stepHeading().textContent).toBe("Your result: Missouri");
    expect(focused()).toBe(stepHeading());
    const verdict = screen.getByRole("heading", { level: 4, name: /610\.131/ }).closest("li")!;
    expect(verdict.textContent).toContain("Does not fit — because adults are not covered");
    expect(verdict.textContent).toContain("Adults are not covered. This law only helps people who were under 18 at the time.");
    expect(screen.getByRole("heading", { name: "General record relief in Missouri" })).toBeTruthy();
    expect(screen.queryByRole("link", { name: "All the steps to apply in Missouri" }), "no filing steps for a ruled-out law").toBeNull();
    expect(screen.getByRole("link", { name: "About this law on the Missouri page" }).getAttribute("href")).toBe("/states/missouri#relief-heading");
    expect(window.location.search).toBe("");
  });

  it("works with a mouse: Missouri, 16, prostitution conviction likely fits", async () => {
    const user = userEvent.setup();
    render(<CheckWizard entries={entries} detailsUrl={DETAILS_URL} />);
    await user.click(screen.getByText(/A state court/));
    await user.selectOptions(screen.getByRole("combobox", { name: "Which state?" }), "MO");
    await user.click(screen.getByRole("button", { name: "Next" }));
    await user.click(screen.getByText("Under 18"));
    await user.click(screen.getByRole("button", { name: "Next" }));
    await user.click(screen.getByRole("button", { name: "Next" }));
    await user.click(screen.getByText(/^Prostitution or related/));
    await user.click(screen.getByRole("button", { name: "Next" }));
    await user.click(screen.getByText("A conviction"));
    await user.click(screen.getByRole("button", { name: "Next" }));
    expect(reviewAnswer("The trafficking")).toBe("Not answered");
    await user.click(screen.getByRole("button", { name: "See what may fit" }));
    const verdict = screen.getByRole("heading", { level: 4, name: /610\.131/ }).closest("li")!;
    expect(within(verdict).getByText("Likely fits")).toBeTruthy();
    expect(screen.queryByRole("heading", { name: /General record relief/ })).toBeNull();
  });

  it("says so when the steps to apply cannot load, and shows the result once a retry works", async () => {
    const user = userEvent.setup();
    fetchSpy.mockImplementationOnce(async () => new Response(null, { status: 503 }));
    render(<CheckWizard entries={entries} detailsUrl={DETAILS_URL} />);
    await user.click(screen.getByText(/A state court/));
    await user.selectOptions(screen.getByRole("combobox", { name: "Which state?" }), "NY");
    for (let step = 0; step < 6; step++) await user.click(screen.getByRole("button", { name: /^(Next|See what may fit)$/ }));
    expect(await screen.findByText(/did not load/)).toBeTruthy();
    expect(screen.getByRole("link", { name: "Read the page on New York" }).getAttribute("href")).toBe("/states/new-york");
    await user.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("heading", { name: /How to apply/ })).toBeTruthy();
    expect(fetchSpy.mock.calls.map(([url]) => url)).toEqual([DETAILS_URL, DETAILS_URL]);
    fetchSpy.mockClear();
  });

  it("needs the court and the state, says so, and puts focus on what to fix", async () => {
    const user = userEvent.setup();
    render(<CheckWizard entries={entries} detailsUrl={DETAILS_URL} />);
    await user.click(screen.getByRole("button", { name: "Next" }));
    expect(screen.getByText("Choose the kind of court that handled the case.")).toBeTruthy();
    expect(focused()).toBe(screen.getByRole("radio", { name: /A state court/ }));
    expect(screen.getByRole("group", { name: "Which court handled the case?" }).getAttribute("aria-describedby")).toContain("court-error");
    await user.keyboard(" ");
    await user.click(screen.getByRole("button", { name: "Next" }));
    const select = screen.getByRole("combobox", { name: "Which state?" });
    expect(focused()).toBe(select);
    expect(select.getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByText("Choose the state where the case was.")).toBeTruthy();
    await user.click(screen.getByText(/A federal court/));
    await user.click(screen.getByRole("button", { name: "Next" }));
    expect(stepHeading().textContent).toBe("Step 2 of 6: Your age");
  });

  it("goes back with answers kept, and returns to the review after changing one answer", async () => {
    const user = userEvent.setup();
    render(<CheckWizard entries={entries} detailsUrl={DETAILS_URL} />);
    await user.click(screen.getByText(/A federal court/));
    await user.click(screen.getByRole("button", { name: "Next" }));
    await user.click(screen.getByText("18 or older"));
    await user.click(screen.getByRole("button", { name: "Next" }));
    await user.click(screen.getByRole("button", { name: "Back" }));
    expect(stepHeading().textContent).toBe("Step 2 of 6: Your age");
    expect(focused()).toBe(stepHeading());
    expect(screen.getByRole("radio", { name: "18 or older" })).toHaveProperty("checked", true);
    for (let step = 2; step <= 5; step++) await user.click(screen.getByRole("button", { name: "Next" }));
    expect(stepHeading().textContent).toBe("Step 6 of 6: Check your answers");
    await user.click(screen.getByRole("button", { name: "Change your answer: The offense" }));
    expect(stepHeading().textContent).toBe("Step 4 of 6: The offense");
    await user.click(screen.getByText("Drugs"));
    await user.click(screen.getByRole("button", { name: "Next" }));
    expect(stepHeading().textContent).toBe("Step 6 of 6: Check your answers");
    expect(reviewAnswer("Where the case was")).toBe("A federal court");
    expect(reviewAnswer("The offense")).toBe("Drugs");
    await user.click(screen.getByRole("button", { name: "See what may fit" }));
    expect(stepHeading().textContent).toBe("Your result: Federal law");
    await user.click(screen.getByRole("button", { name: "Start over" }));
    expect(stepHeading().textContent).toBe("Step 1 of 6: Where the case was");
    expect(screen.getByRole("radio", { name: /A federal court/ })).toHaveProperty("checked", false);
  });

  it("fills in answers from a copied link, says what it ignored, and clears them from the address", async () => {
    window.history.replaceState(null, "", "/check?state=ny&age=adult&trafficking=labor&offense=drugs&record=%3Cb%3Ejail%3C%2Fb%3E");
    const user = userEvent.setup();
    const { container } = render(<CheckWizard entries={entries} detailsUrl={DETAILS_URL} />);
    expect(stepHeading().textContent).toBe("Step 6 of 6: Check your answers");
    expect(screen.getByRole("status").textContent).toContain("We did not recognise record=“<b>jail</b>” in the link");
    expect(container.querySelector("b")).toBeNull();
    expect(window.location.search).toBe("");
    expect(reviewAnswer("Where the case was")).toBe("New York");
    expect(reviewAnswer("The record")).toBe("Not answered");
    await user.click(screen.getByRole("button", { name: "See what may fit" }));
    const verdict = screen.getByRole("heading", { level: 4, name: /440\.10/ }).closest("li")!;
    expect(within(verdict).getByText("May fit — depends on the kind of record")).toBeTruthy();
  });

  it("copies a link to the answers only when asked, or shows it to copy by hand", async () => {
    window.history.replaceState(null, "", "/check?state=mo&age=adult&trafficking=labor&offense=theft&record=conviction");
    const user = userEvent.setup();
    render(<CheckWizard entries={entries} detailsUrl={DETAILS_URL} />);
    await user.click(screen.getByRole("button", { name: "See what may fit" }));
    expect(window.location.search).toBe("");
    const copyButton = screen.getByRole("button", { name: "Copy a link to these answers" });
    expect(copyButton.getAttribute("aria-describedby")).toBeTruthy();
    await user.click(copyButton);
    const expected = `${window.location.origin}/check?state=mo&age=adult&trafficking=labor&offense=theft&record=conviction`;
    await expect(navigator.clipboard.readText()).resolves.toBe(expected);
    expect(screen.getByRole("status").textContent).toMatch(/Link copied/);

    vi.spyOn(navigator.clipboard, "writeText").mockRejectedValueOnce(new Error("denied"));
    await user.click(copyButton);
    const field = screen.getByRole("textbox", { name: "Link to these answers" });
    expect((field as HTMLInputElement).value).toBe(expected);
    expect(focused()).toBe(field);
  });
});
