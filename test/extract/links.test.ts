// Table-driven link checks on our own short sentences: each row names an entry by its text and the entry its link
// must point at, so a row reads as the sentence's facts.
import { describe, expect, test } from "vitest";
import { type ArticleFacts, type ExtractOptions, extract } from "../../src/extract/index.js";
import { problemsOf } from "./invariants.js";

type Link =
  | { readonly kind: "postOrgan"; readonly person: string; readonly post: string; readonly organ: string }
  | { readonly kind: "organPlace"; readonly organ: string; readonly place: string }
  | { readonly kind: "issuer"; readonly code: string; readonly organ: string }
  | { readonly kind: "scope"; readonly indicator: string; readonly place: string }
  | { readonly kind: "chair" | "participant"; readonly meeting: string; readonly person: string }
  | { readonly kind: "meetingDocument"; readonly meeting: string; readonly code: string }
  | {
      readonly kind: "mentions";
      readonly of: "people" | "organs" | "places";
      readonly text: string;
      readonly count: number;
    }
  | { readonly kind: "place"; readonly text: string; readonly thenCode: string; readonly nowCodes: readonly string[] };

interface Row {
  readonly name: string;
  readonly text: string;
  readonly options?: ExtractOptions;
  readonly language: string;
  readonly articleDate?: string;
  readonly links: readonly Link[];
}

const ROWS: readonly Row[] = [
  {
    name: "vi: a chair with two posts, a resolution, a target",
    language: "vi",
    articleDate: "2025-03-06",
    text:
      "Ngày 6/3/2025, ông Lê Văn An, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Kon Tum, chủ trì hội nghị triển khai " +
      "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị. Ông Lê Văn An nhấn mạnh tăng trưởng GRDP năm 2025 " +
      "của tỉnh Kon Tum phải đạt 10% trở lên.",
    links: [
      { kind: "postOrgan", person: "Lê Văn An", post: "Chủ tịch UBND tỉnh Kon Tum", organ: "UBND tỉnh Kon Tum" },
      { kind: "postOrgan", person: "Lê Văn An", post: "Phó Bí thư Tỉnh ủy", organ: "Tỉnh ủy" },
      { kind: "organPlace", organ: "UBND tỉnh Kon Tum", place: "tỉnh Kon Tum" },
      { kind: "issuer", code: "57-NQ/TW", organ: "Bộ Chính trị" },
      { kind: "scope", indicator: "grdp-growth", place: "tỉnh Kon Tum" },
      { kind: "chair", meeting: "hội nghị", person: "Lê Văn An" },
      { kind: "meetingDocument", meeting: "hội nghị", code: "57-NQ/TW" },
      { kind: "mentions", of: "people", text: "Lê Văn An", count: 2 },
      { kind: "mentions", of: "places", text: "tỉnh Kon Tum", count: 2 },
      { kind: "place", text: "tỉnh Kon Tum", thenCode: "62", nowCodes: ["51"] },
    ],
  },
  {
    name: "en: the same facts in English",
    language: "en",
    articleDate: "2025-03-06",
    text:
      "On March 6, 2025, Mr. Tran Van Binh, Chairman of the Kon Tum Provincial People's Committee, chaired a " +
      "conference on Resolution No. 57-NQ/TW of the Politburo. Kon Tum province's GRDP growth reached 6.52% in " +
      "2024, against a target of 8% or more.",
    links: [
      {
        kind: "postOrgan",
        person: "Tran Van Binh",
        post: "Chairman of the Kon Tum Provincial People's Committee",
        organ: "Kon Tum Provincial People's Committee",
      },
      { kind: "organPlace", organ: "Kon Tum Provincial People's Committee", place: "Kon Tum" },
      { kind: "issuer", code: "57-NQ/TW", organ: "Politburo" },
      { kind: "scope", indicator: "grdp-growth", place: "Kon Tum" },
      { kind: "chair", meeting: "conference", person: "Tran Van Binh" },
      { kind: "meetingDocument", meeting: "conference", code: "57-NQ/TW" },
      { kind: "mentions", of: "places", text: "Kon Tum", count: 2 },
      { kind: "place", text: "Kon Tum", thenCode: "62", nowCodes: ["51"] },
    ],
  },
  {
    name: "vi: a delegation's participants, one place written twice",
    language: "vi",
    articleDate: "2025-05-14",
    text:
      "Chiều 14/5/2025, Đoàn kiểm tra số 1922 của Bộ Chính trị do ông Phạm Quốc Hưng, Ủy viên Bộ Chính trị, làm " +
      "Trưởng đoàn đã làm việc với Ban Thường vụ Tỉnh ủy Gia Lai về việc thực hiện Kết luận số 123-KL/TW. Cùng dự " +
      "có ông Đỗ Minh Tuấn, Bí thư Tỉnh ủy Gia Lai.",
    links: [
      { kind: "participant", meeting: "Đoàn kiểm tra số 1922 của Bộ Chính trị", person: "Phạm Quốc Hưng" },
      { kind: "participant", meeting: "Đoàn kiểm tra số 1922 của Bộ Chính trị", person: "Đỗ Minh Tuấn" },
      { kind: "meetingDocument", meeting: "Đoàn kiểm tra số 1922 của Bộ Chính trị", code: "123-KL/TW" },
      { kind: "postOrgan", person: "Phạm Quốc Hưng", post: "Ủy viên Bộ Chính trị", organ: "Bộ Chính trị" },
      { kind: "postOrgan", person: "Đỗ Minh Tuấn", post: "Bí thư Tỉnh ủy Gia Lai", organ: "Tỉnh ủy Gia Lai" },
      { kind: "organPlace", organ: "Ban Thường vụ Tỉnh ủy Gia Lai", place: "Gia Lai" },
      { kind: "organPlace", organ: "Tỉnh ủy Gia Lai", place: "Gia Lai" },
      { kind: "mentions", of: "places", text: "Gia Lai", count: 2 },
      { kind: "mentions", of: "organs", text: "Bộ Chính trị", count: 2 },
      { kind: "place", text: "Gia Lai", thenCode: "64", nowCodes: ["52"] },
    ],
  },
  {
    name: "vi: the same organ of two provinces is two entries",
    language: "vi",
    text:
      "UBND tỉnh Gia Lai và UBND tỉnh Kon Tum ký kết chương trình hợp tác. Theo chương trình, UBND tỉnh Gia Lai " +
      "phụ trách khâu vận chuyển.",
    options: { articleDate: "2025-04-02" },
    articleDate: "2025-04-02",
    links: [
      { kind: "mentions", of: "organs", text: "UBND tỉnh Gia Lai", count: 2 },
      { kind: "mentions", of: "organs", text: "UBND tỉnh Kon Tum", count: 1 },
      { kind: "organPlace", organ: "UBND tỉnh Gia Lai", place: "tỉnh Gia Lai" },
      { kind: "organPlace", organ: "UBND tỉnh Kon Tum", place: "tỉnh Kon Tum" },
    ],
  },
  {
    name: "en: a scope read from an earlier sentence",
    language: "en",
    text:
      "Quang Ninh province held its year-end review on December 20, 2024. Budget revenue reached VND 50,000 " +
      "billion, up 10% over the same period.",
    options: { articleDate: "2024-12-20" },
    articleDate: "2024-12-20",
    links: [
      { kind: "scope", indicator: "budget-revenue", place: "Quang Ninh province" },
      { kind: "place", text: "Quang Ninh province", thenCode: "22", nowCodes: ["22"] },
    ],
  },
];

function byText<T extends { readonly text: string }>(entries: readonly T[], text: string, what: string): T {
  const found = entries.find((entry) => entry.text === text);
  if (found === undefined) throw new Error(`no ${what} written "${text}" in ${entries.map((e) => e.text).join(" | ")}`);
  return found;
}

function entryText(facts: ArticleFacts, ref: string | undefined): string | undefined {
  if (ref === undefined) return undefined;
  const [kind, index] = ref.split(":");
  const collection = { place: facts.places, organ: facts.organs, person: facts.people, doc: facts.documents }[
    kind as "place" | "organ" | "person" | "doc"
  ];
  return collection?.[Number(index)]?.text;
}

function documentByCode(facts: ArticleFacts, code: string) {
  const found = facts.documents.find((entry) => (entry.code?.canonical ?? entry.resolvedCode) === code);
  if (found === undefined) throw new Error(`no document ${code}`);
  return found;
}

function checkLink(facts: ArticleFacts, link: Link): void {
  switch (link.kind) {
    case "postOrgan": {
      const post = byText(byText(facts.people, link.person, "person").posts, link.post, "post");
      expect(entryText(facts, post.organRef)).toBe(link.organ);
      break;
    }
    case "organPlace":
      expect(entryText(facts, byText(facts.organs, link.organ, "organ").placeRef)).toBe(link.place);
      break;
    case "issuer":
      expect(entryText(facts, documentByCode(facts, link.code).issuerRef)).toBe(link.organ);
      break;
    case "scope": {
      const statement = facts.statements.find((entry) => entry.indicator.id === link.indicator);
      expect(statement, link.indicator).toBeDefined();
      expect(entryText(facts, statement?.scopeRef)).toBe(link.place);
      break;
    }
    case "chair":
    case "participant": {
      const meeting = byText(facts.meetings, link.meeting, "meeting");
      const person = byText(facts.people, link.person, "person");
      if (link.kind === "chair") expect(meeting.chair?.personRef).toBe(person.id);
      expect(meeting.participantRefs).toContain(person.id);
      break;
    }
    case "meetingDocument": {
      const meeting = byText(facts.meetings, link.meeting, "meeting");
      expect(meeting.documentRefs).toContain(documentByCode(facts, link.code).id);
      break;
    }
    case "mentions": {
      const entry = byText<{ text: string; mentions: readonly unknown[] }>(facts[link.of], link.text, link.of);
      expect(entry.mentions).toHaveLength(link.count);
      break;
    }
    case "place": {
      const place = byText(facts.places, link.text, "place");
      expect(place.thenUnit.code).toBe(link.thenCode);
      expect(place.nowUnits.map((unit) => unit.code)).toEqual(link.nowCodes);
      expect(place.changed).toBe(link.thenCode !== link.nowCodes.join());
      break;
    }
  }
}

describe.each(ROWS)("$name", (row) => {
  const facts = extract(row.text, { asOf: "2026-09-01", ...row.options });
  test("reads the language and the article date, and reports no issue", () => {
    expect(facts.language).toBe(row.language);
    expect(facts.articleDate).toBe(row.articleDate);
    expect(facts.issues).toEqual([]);
  });
  test("ids, spans and links are sound", () => {
    expect(problemsOf(row.text, facts)).toEqual([]);
  });
  test.each(row.links.map((link) => [JSON.stringify(link), link] as const))("%s", (_name, link) => {
    checkLink(facts, link);
  });
});
