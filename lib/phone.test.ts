import { describe, expect, it } from "vitest";
import { telHref } from "./phone";

describe("telHref", () => {
  it("dials US numbers as printed, with or without the 1, and leaves out an extension", () => {
    expect(telHref("(314) 555-0100")).toBe("tel:+13145550100");
    expect(telHref("1-888-373-7888")).toBe("tel:+18883737888");
    expect(telHref("314.555.0100 ext. 12")).toBe("tel:+13145550100");
  });

  it("keeps short service numbers and refuses text with no number", () => {
    expect(telHref("211")).toBe("tel:211");
    expect(telHref("see website")).toBeNull();
  });
});
