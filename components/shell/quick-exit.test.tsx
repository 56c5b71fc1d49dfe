// @vitest-environment jsdom
import { fireEvent, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { QuickExit } from "./quick-exit";

// jsdom cannot navigate to another site; what matters here is what happens before the browser leaves.
beforeEach(() => {
  document.title = "Missouri · Record Relief Map";
  window.history.replaceState(null, "", "/states/missouri");
});
afterEach(() => document.documentElement.classList.remove("exiting"));

const left = () => ({
  blanked: document.documentElement.classList.contains("exiting"),
  title: document.title,
  path: window.location.pathname,
});

describe("QuickExit", () => {
  it("is a real link to a neutral site, so it works without JavaScript", () => {
    render(<QuickExit locale="en" />);
    const link = screen.getByRole("link", { name: /Leave this site quickly/ });
    expect(link.getAttribute("href")).toBe("https://www.weather.gov/");
    expect(link.getAttribute("rel")).toMatch(/noreferrer/);
  });

  it("blanks the page, clears the title and the address before leaving when pressed", async () => {
    render(<QuickExit locale="en" />);
    await userEvent.click(screen.getByRole("link", { name: /Leave this site quickly/ }));
    expect(left()).toEqual({ blanked: true, title: "", path: "/" });
  });

  it("leaves on Shift pressed three times on its own, announcing the presses left", () => {
    render(<QuickExit locale="en" />);
    const shift = () => {
      fireEvent.keyDown(window, { key: "Shift" });
      fireEvent.keyUp(window, { key: "Shift" });
    };
    shift();
    expect(screen.getByRole("status").textContent).toBe("Press Shift 2 more times to leave");
    shift();
    expect(screen.getByRole("status").textContent).toBe("Press Shift 1 more time to leave");
    expect(left().blanked).toBe(false);
    shift();
    expect(left().blanked).toBe(true);
  });

  it("does not leave when Shift is used to type capital letters", () => {
    render(<QuickExit locale="en" />);
    for (let press = 0; press < 3; press++) {
      fireEvent.keyDown(window, { key: "Shift" });
      fireEvent.keyDown(window, { key: "N", shiftKey: true });
      fireEvent.keyUp(window, { key: "N", shiftKey: true });
      fireEvent.keyUp(window, { key: "Shift" });
    }
    expect(left().blanked).toBe(false);
  });

  it("explains itself until dismissed", async () => {
    render(<QuickExit locale="en" />);
    expect(screen.getByRole("complementary", { name: "About quick exit" }).textContent).toMatch(/Shift key three times/);
    await userEvent.click(screen.getByRole("button", { name: "Got it" }));
    expect(screen.queryByRole("complementary", { name: "About quick exit" })).toBeNull();
  });
});
