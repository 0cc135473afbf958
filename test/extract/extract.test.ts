import { test as fcTest } from "@fast-check/vitest";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { ARTICLE_FACTS_VERSION, extract } from "../../src/extract/index.js";
import { problemsOf } from "./invariants.js";

const VI = "Ngày 6/3/2025, ông Lê Văn An, Chủ tịch UBND tỉnh Kon Tum, chủ trì hội nghị.";
const EN = "On March 6, 2025, Ms. Ha Thi Lan, Vice Chairwoman of the Gia Lai Provincial People's Committee, spoke.";

describe("options", () => {
  test("an article date given wins over the dateline", () => {
    const facts = extract(VI, { articleDate: "2025-08-01" });
    expect([facts.articleDate, facts.articleDateSource]).toEqual(["2025-08-01", "option"]);
    // Kon Tum was merged into Quảng Ngãi on 1 July 2025: on 1 August it is read as the abolished unit.
    expect(facts.places[0]?.thenUnit).toMatchObject({ code: "62", asOf: "2025-08-01", status: "abolished" });
  });

  test("the dateline gives the article date; a Date is read as a calendar day", () => {
    expect(extract(VI)).toMatchObject({ articleDate: "2025-03-06", articleDateSource: "dateline" });
    expect(extract(VI, { asOf: new Date(2025, 0, 2) }).asOf).toBe("2025-01-02");
  });

  test("a headline without a date, then a lead that starts with one", () => {
    const text = "Tỉnh Kon Tum tổng kết năm\n\nNgày 20/12/2024, Tỉnh ủy Kon Tum tổ chức hội nghị tổng kết.";
    expect(extract(text).articleDate).toBe("2024-12-20");
  });

  test("a date deep in the first line, or without a year, is not the article's date", () => {
    expect(
      extract("Tỉnh ủy Kon Tum tổ chức hội nghị tổng kết công tác năm vào sáng ngày 20/12/2024.").articleDate,
    ).toBeUndefined();
    expect(extract("Ngày 6/3, Tỉnh ủy Kon Tum họp.").articleDate).toBeUndefined();
  });

  test("without an article date, places are read at asOf", () => {
    const facts = extract("Tỉnh ủy Kon Tum họp.", { asOf: "2025-03-01" });
    expect(facts.articleDate).toBeUndefined();
    expect(facts.places[0]?.thenUnit).toMatchObject({ code: "62", asOf: "2025-03-01" });
  });

  test("language: given, detected, or other", () => {
    expect(extract(VI, { language: "vi" })).toMatchObject({ language: "vi", languageSource: "option" });
    expect(extract(EN)).toMatchObject({ language: "en", languageSource: "detected" });
    const other = extract("12345 67890");
    expect(other.language).toBe("other");
    expect(other.issues.map((issue) => issue.code)).toEqual(["UNKNOWN_LANGUAGE"]);
  });

  test.each([
    [{ asOf: "2025-13-01" }, "INVALID_DATE_LIKE", "asOf"],
    [{ articleDate: "6/3/2025" }, "INVALID_DATE_LIKE", "articleDate"],
    [{ language: "xx" }, "INVALID_OPTION", "language"],
    [{ locale: "fr" }, "INVALID_OPTION", "locale"],
  ])("a bad option %j is reported and ignored", (options, code, hint) => {
    const facts = extract(VI, options as never);
    expect(facts.issues).toContainEqual(expect.objectContaining({ code, hint }));
    expect(facts.people[0]?.name).toBe("Lê Văn An");
  });

  test("options that are not an object, or whose getters throw, are reported", () => {
    expect(extract(VI, 42 as never).issues.map((issue) => issue.code)).toContain("INVALID_OPTION");
    const hostile = Object.defineProperty({}, "asOf", {
      get() {
        throw new Error("no");
      },
    });
    const facts = extract(VI, hostile);
    expect(facts.issues).toContainEqual(expect.objectContaining({ code: "INVALID_OPTION", hint: "asOf" }));
    expect(facts.asOf).toBe("2026-09-01");
  });

  test("issue messages follow the locale", () => {
    expect(extract("", { locale: "en" }).issues[0]?.message).toBe("The input is empty.");
    expect(extract("", { locale: "vi" }).issues[0]?.message).toBe("Đầu vào rỗng.");
  });
});

describe("inputs that are not articles", () => {
  test.each([[undefined], [null], [42], [{}], [["Kon Tum"]]])(
    "%j gives empty facts and INVALID_INPUT_TYPE",
    (input) => {
      const facts = extract(input as never);
      expect(facts).toMatchObject({ version: ARTICLE_FACTS_VERSION, places: [], organs: [], people: [], meetings: [] });
      expect(facts.issues.map((issue) => issue.code)).toEqual(["INVALID_INPUT_TYPE"]);
    },
  );

  test.each([[""], ["   \n\t "]])("%j gives empty facts and EMPTY_INPUT", (input) => {
    const facts = extract(input);
    expect(facts.statements).toEqual([]);
    expect(facts.issues.map((issue) => issue.code)).toContain("EMPTY_INPUT");
  });
});

test("an organ abbreviation inside a document code is the document's issuer, not an organ entry", () => {
  const facts = extract("UBND tỉnh Kon Tum ban hành Quyết định số 12/QĐ-UBND và thực hiện Nghị quyết 57-NQ/TW.");
  expect(facts.organs.map((organ) => organ.text)).toEqual(["UBND tỉnh Kon Tum"]);
  expect(facts.documents.map((document) => document.code?.canonical)).toEqual(["12/QĐ-UBND", "57-NQ/TW"]);
});

describe("the JSON form", () => {
  test("is plain data: a JSON round trip gives the same value", () => {
    for (const text of [VI, EN]) {
      const facts = extract(text);
      expect(JSON.parse(JSON.stringify(facts))).toEqual(facts);
      expect(facts.version).toBe(1);
    }
  });

  test("no place entry is mistaken for a promise", async () => {
    const [place] = extract(VI).places;
    expect(place).toBeDefined();
    expect(await Promise.resolve(place)).toBe(place);
  });
});

// Pieces of article text, so that random articles hit every extractor and every link.
const PIECES = [
  "Ngày 6/3/2025, ",
  "ông Lê Văn An, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Kon Tum, ",
  "chủ trì hội nghị ",
  "Đoàn kiểm tra số 12 của Bộ Chính trị ",
  "làm việc với Ban Thường vụ Tỉnh ủy Gia Lai ",
  "về Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị. ",
  "Tăng trưởng GRDP của tỉnh Kon Tum đạt 6,52%, chỉ tiêu 8% trở lên. ",
  "Mr. Tran Van Binh, Chairman of the Kon Tum Provincial People's Committee, ",
  "chaired a conference on Resolution No. 57-NQ/TW of the Politburo. ",
  "Budget revenue reached VND 1,585.4 billion, up 9.28% over the same period. ",
  "Hội nghị Trung ương lần thứ 11, khóa XIII ",
  "\n\n",
  "\uD800",
  "\u0000",
  "ư\u0301",
  ", ",
];

const article = fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }).map((parts) => parts.join(""));
const anyText = fc.oneof(fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" }), article);

describe("properties", () => {
  fcTest.prop([anyText])("never throws; ids, spans and links are sound", (text) => {
    const facts = extract(text);
    expect(problemsOf(text, facts)).toEqual([]);
  });

  fcTest.prop([article])("deterministic, and a JSON round trip changes nothing", (text) => {
    const first = extract(text, { asOf: "2026-09-01" });
    expect(extract(text, { asOf: "2026-09-01" })).toEqual(first);
    expect(JSON.parse(JSON.stringify(first))).toEqual(first);
  });

  fcTest.prop([article])("one entry per organ, place and person key; every mention is listed once", (text) => {
    const facts = extract(text);
    const organKeys = facts.organs.map((organ) => `${organ.organId}|${organ.place?.code ?? organ.place?.text ?? ""}`);
    expect(new Set(organKeys).size).toBe(organKeys.length);
    const names = facts.people.map((person) => person.foldedName);
    expect(new Set(names).size).toBe(names.length);
    for (const kind of ["places", "organs", "people"] as const) {
      const starts = facts[kind].flatMap((entry) => entry.mentions.map((mention) => mention.span.start));
      expect(new Set(starts).size).toBe(starts.length);
    }
  });
});

// The extractors read such dense text at about 0.1 MB/s today, so this stays at 200 kB (bench measures speed).
test("a 200 kB text of article pieces is read without throwing", () => {
  let text = "";
  for (let i = 0; text.length < 200_000; i++) text += PIECES[i % PIECES.length];
  const facts = extract(text);
  expect(facts.places.length).toBeGreaterThan(0);
  expect(problemsOf(text, facts)).toEqual([]);
});
