// @vitest-environment jsdom
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { SearchEntry } from "@/lib/search";
import { SearchBox } from "./search-box";

const push = vi.fn();
vi.mock("next/navigation", () => ({ useRouter: () => ({ push }) }));

const entry = (code: string, name: string): SearchEntry => ({ code, name, href: `/states/${name.toLowerCase().replace(/ /g, "-")}`, aliases: [], summary: "Broad" });
const entries = [entry("MO", "Missouri"), entry("NC", "North Carolina"), entry("SC", "South Carolina"), entry("NY", "New York")];

describe("SearchBox combobox", () => {
  it("lists matches as options and opens the highlighted one with the keyboard", async () => {
    const user = userEvent.setup();
    push.mockClear();
    render(<SearchBox entries={entries} />);
    const box = screen.getByRole("combobox", { name: "Find a state" });
    await user.type(box, "car");
    const options = screen.getAllByRole("option");
    expect(options.map((option) => option.textContent)).toEqual(["North Carolina Broad", "South Carolina Broad"]);
    expect(box.getAttribute("aria-expanded")).toBe("true");
    expect(screen.getByRole("status").textContent).toMatch(/2 states found/);
    await user.keyboard("{ArrowDown}{ArrowDown}");
    expect(box.getAttribute("aria-activedescendant")).toBe(options[1]!.id);
    expect(options[1]!.getAttribute("aria-selected")).toBe("true");
    await user.keyboard("{Enter}");
    expect(push).toHaveBeenCalledWith("/states/south-carolina");
  });

  it("offers Missouri first for a typo and opens it on click", async () => {
    const user = userEvent.setup();
    push.mockClear();
    render(<SearchBox entries={entries} />);
    await user.type(screen.getByRole("combobox"), "missori");
    const [firstOption] = screen.getAllByRole("option");
    expect(firstOption!.textContent).toMatch(/Missouri/);
    await user.click(firstOption!);
    expect(push).toHaveBeenCalledWith("/states/missouri");
  });

  it("closes with Escape and says something useful when nothing matches", async () => {
    const user = userEvent.setup();
    render(<SearchBox entries={entries} />);
    const box = screen.getByRole("combobox");
    await user.type(box, "xyz");
    expect(screen.getByRole("status").textContent).toBe("No state matches “xyz”. Try the full name or the two-letter code.");
    await user.clear(box);
    await user.type(box, "new");
    expect(screen.getAllByRole("option")).toHaveLength(1);
    await user.keyboard("{Escape}");
    expect(box.getAttribute("aria-expanded")).toBe("false");
    expect(screen.queryAllByRole("option")).toHaveLength(0);
  });

  it("shows typed markup as inert text", async () => {
    const user = userEvent.setup();
    const { container } = render(<SearchBox entries={entries} />);
    await user.type(screen.getByRole("combobox"), "<img src=x onerror=alert(1)>");
    expect(container.querySelector("img")).toBeNull();
    expect(screen.getByRole("status").textContent).toContain("<img src=x onerror=alert(1)>");
  });

  it("hands the chosen entry to onChoose instead of navigating", async () => {
    const user = userEvent.setup();
    const onChoose = vi.fn();
    push.mockClear();
    render(<SearchBox entries={entries} onChoose={onChoose} label="First state" />);
    await user.type(screen.getByRole("combobox", { name: "First state" }), "NY{Enter}");
    expect(onChoose).toHaveBeenCalledWith(entries[3]);
    expect(push).not.toHaveBeenCalled();
  });
});

describe("SearchBox submit with JavaScript", () => {
  it("never sends what was typed: the button opens a single match or highlights the first of several", async () => {
    const user = userEvent.setup();
    push.mockClear();
    const submitted = vi.fn((event: Event) => event.defaultPrevented);
    render(<SearchBox entries={entries} />);
    document.addEventListener("submit", submitted);
    await user.type(screen.getByRole("combobox"), "car");
    await user.click(screen.getByRole("button", { name: "Search" }));
    expect(submitted).toHaveReturnedWith(true);
    expect(push).not.toHaveBeenCalled();
    expect(screen.getAllByRole("option")[0]!.getAttribute("aria-selected")).toBe("true");
    await user.click(screen.getByRole("button", { name: "Search" }));
    expect(push).toHaveBeenCalledWith("/states/north-carolina");
    document.removeEventListener("submit", submitted);
  });

  it("never opens a state for a close spelling, even a single one: it lists the candidates", async () => {
    const user = userEvent.setup();
    push.mockClear();
    render(<SearchBox entries={entries} />);
    await user.type(screen.getByRole("combobox"), "misuri");
    await user.click(screen.getByRole("button", { name: "Search" }));
    expect(push).not.toHaveBeenCalled();
    expect(screen.getAllByRole("option")[0]!.textContent).toMatch(/^Missouri/);
    await user.clear(screen.getByRole("combobox"));
    await user.type(screen.getByRole("combobox"), "missori{Enter}");
    expect(push).not.toHaveBeenCalled();
  });
});
