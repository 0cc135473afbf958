import { test as fcTest } from "@fast-check/vitest";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractOrgans } from "../../src/organs/index.js";

const ASOF = { asOf: "2025-03-06" } as const;

function summary(text: string, options = {}) {
  return extractOrgans(text, { ...ASOF, ...options }).map((m) => [
    m.text,
    m.organ.id,
    m.level,
    m.place?.code ?? m.place?.text,
  ]);
}

describe("extractOrgans", () => {
  it("reads Vietnamese names, abbreviations and bound places", () => {
    const text =
      "Đoàn kiểm tra của Bộ Chính trị làm việc với Đảng ủy UBND tỉnh Kon Tum; HĐND tỉnh và BCH TW cũng được nhắc.";
    expect(summary(text)).toEqual([
      ["Đoàn kiểm tra", "inspection-delegation", "any", undefined],
      ["Bộ Chính trị", "politburo", "central", undefined],
      ["Đảng ủy UBND tỉnh Kon Tum", "provincial-peoples-committee-party-committee", "province", "62"],
      ["HĐND tỉnh", "peoples-council", "province", undefined],
      ["BCH TW", "party-central-committee", "central", undefined],
    ]);
  });

  it("reads English names, media variants and places before or inside the name", () => {
    const text =
      "The Kon Tum Provincial People's Committee, the Party Committee of the Kon Tum Provincial People's Committee and the Central Organizing Committee met the People's Committee of Kon Tum province.";
    expect(summary(text)).toEqual([
      ["Kon Tum Provincial People's Committee", "peoples-committee", "province", "62"],
      [
        "Party Committee of the Kon Tum Provincial People's Committee",
        "provincial-peoples-committee-party-committee",
        "province",
        "62",
      ],
      ["Central Organizing Committee", "party-organisation-commission", "central", undefined],
      ["People's Committee of Kon Tum province", "peoples-committee", "province", "62"],
    ]);
  });

  it("gives the same organ and place in Vietnamese, English and text without diacritics", () => {
    const vi = summary("UBND tỉnh Kon Tum")[0];
    const en = summary("Kon Tum Provincial People's Committee")[0];
    const ascii = summary("Uy ban nhan dan tinh Kon Tum")[0];
    expect([vi?.[1], vi?.[2], vi?.[3]]).toEqual([en?.[1], en?.[2], en?.[3]]);
    expect([ascii?.[1], ascii?.[2], ascii?.[3]]).toEqual([en?.[1], en?.[2], en?.[3]]);
  });

  it("binds communes as written, without inventing a code", () => {
    const [mention] = extractOrgans("Đảng ủy xã Ea Tam họp.", ASOF);
    expect(mention?.organ.id).toBe("commune-party-committee");
    expect(mention?.place).toMatchObject({ text: "xã Ea Tam", level: "commune" });
    expect(mention?.place?.code).toBeUndefined();
  });

  it("reads a generic Party committee bound to a province as the provincial committee", () => {
    expect(summary("the Hanoi Party Committee")).toEqual([
      ["Hanoi Party Committee", "provincial-party-committee", "province", "01"],
    ]);
  });

  it("marks former names and resolves them at asOf", () => {
    const [mention] = extractOrgans("Ban Tuyên giáo Trung ương", { asOf: "2025-06-01" });
    expect(mention?.named.id).toBe("party-education-commission");
    expect(mention?.organ.id).toBe("party-education-mobilisation-commission");
    expect(mention?.status).toBe("former");
  });

  it("honours the language option and the case of abbreviations", () => {
    expect(summary("Politburo", { language: "vi" })).toEqual([]);
    expect(summary("ubnd tỉnh")).toEqual([]);
    expect(summary("the government said")).toEqual([]);
  });

  it("returns nothing for empty or non-string input", () => {
    expect(extractOrgans("")).toEqual([]);
    expect(extractOrgans(null as unknown as string)).toEqual([]);
  });

  fcTest.prop([fc.string({ unit: "binary" })])("never throws and spans slice back to the text", (text) => {
    for (const mention of extractOrgans(text)) {
      expect(text.slice(mention.span.start, mention.span.end)).toBe(mention.text);
    }
  });

  fcTest.prop([
    fc.array(
      fc.constantFrom(
        "UBND",
        " tỉnh ",
        "Kon Tum",
        "Tỉnh ủy",
        "Ban",
        "Provincial",
        "People's Committee",
        ", ",
        "\u0300",
        "\ud800",
        "Ð",
      ),
      { maxLength: 30 },
    ),
  ])("never throws on organ-like fragments", (parts) => {
    const text = parts.join("");
    for (const mention of extractOrgans(text))
      expect(text.slice(mention.span.start, mention.span.end)).toBe(mention.text);
  });
});
