import { describe, expect, test, vi } from "vitest";

// One reader that throws (a bug, never a text) must cost only its own kind of fact.
vi.mock("../../src/indicators/index.js", async (importOriginal) => ({
  ...(await importOriginal<typeof import("../../src/indicators/index.js")>()),
  extractIndicators: () => {
    throw new Error("reader broke");
  },
}));

// And a failure while linking the facts gives an empty, well-formed result.
vi.mock("../../src/extract/meetings.js", async (importOriginal) => ({
  ...(await importOriginal<typeof import("../../src/extract/meetings.js")>()),
  buildMeetings: (text: string) => {
    if (text.includes("Hội nghị")) throw new Error("linking broke");
    return [];
  },
}));

const { extract } = await import("../../src/extract/index.js");

describe("extract when a part fails", () => {
  test("a reader that throws gives EXTRACTION_FAILED naming it, and the other facts", () => {
    const facts = extract("Ông Lê Văn An, Chủ tịch UBND tỉnh Kon Tum, triển khai Nghị quyết số 57-NQ/TW.", {
      asOf: "2026-09-01",
    });
    expect(facts.issues).toContainEqual(
      expect.objectContaining({ code: "EXTRACTION_FAILED", hint: "extractIndicators: reader broke" }),
    );
    expect(facts.statements).toEqual([]);
    expect(facts.documents.map((doc) => doc.code?.canonical)).toEqual(["57-NQ/TW"]);
    expect(facts.people.length).toBeGreaterThan(0);
  });

  test("a failure while linking gives empty facts with EXTRACTION_FAILED", () => {
    const facts = extract("Hội nghị Tỉnh ủy lần thứ 20 họp ngày 6/3/2025.");
    expect(facts.issues).toEqual([
      expect.objectContaining({ code: "EXTRACTION_FAILED", hint: "linking: linking broke" }),
    ]);
    expect(facts.documents).toEqual([]);
    expect(facts.meetings).toEqual([]);
  });
});
