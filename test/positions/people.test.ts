import { test as fcTest } from "@fast-check/vitest";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractPeople, type Person } from "../../src/positions/index.js";
import { PersonSchema } from "../../src/zod/index.js";

const ASOF = { asOf: "2025-03-06" } as const;

function facts(people: readonly Person[]) {
  return people.map((person) => [
    person.foldedName,
    person.posts.map((post) => [post.role, post.deputy, post.standing, post.organ?.organId, post.organ?.place?.code]),
  ]);
}

// Our own sentences, modelled on the people and titles of the seed articles, in both languages.
const CASES = [
  {
    vi: "Tiếp đoàn có ông Lê Ngọc Tuấn, Phó Bí thư Tỉnh ủy, Bí thư Đảng ủy UBND tỉnh, Chủ tịch UBND tỉnh; bà Y Ngọc, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Bí thư Thường trực Đảng ủy UBND tỉnh, Phó Chủ tịch UBND tỉnh.",
    en: "The delegation was received by Mr. Le Ngoc Tuan, Deputy Secretary of the Provincial Party Committee, Secretary of the Provincial People's Committee Party Committee, Chairman of the Provincial People's Committee; Ms. Y Ngoc, Member of the Provincial Party Standing Committee, Permanent Deputy Secretary of the Provincial People's Committee Party Committee, Vice Chairman of the Provincial People's Committee.",
    people: [
      ["le ngoc tuan", 3],
      ["y ngoc", 3],
    ],
  },
  {
    vi: "Đoàn do Phó Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam Trần Việt Trường, Phó Trưởng đoàn Thường trực đoàn kiểm tra dẫn đầu.",
    en: "The team was led by Vice Chairman of the Central Committee of the Vietnam Fatherland Front Tran Viet Truong, Permanent Deputy Head of the Inspection Delegation.",
    people: [["tran viet truong", 2]],
  },
  {
    vi: "Đồng chí Lê Minh Hùng, Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng Ban Tổ chức Trung ương chủ trì buổi làm việc.",
    en: "Comrade Le Minh Hung, Politburo member, Secretary of the Party Central Committee, Head of the Central Organization Commission, chaired the session.",
    people: [["le minh hung", 3]],
  },
  {
    vi: "Dự họp có các đồng chí: Hầu A Lềnh, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy; Thào Hồng Sơn, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh; Phan Huy Ngọc, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh.",
    en: "Attending were comrades: Hau A Lenh, Member of the Party Central Committee, Secretary of the Provincial Party Committee; Thao Hong Son, Standing Deputy Secretary of the Provincial Party Committee, Chairman of the Provincial People's Council; Phan Huy Ngoc, Deputy Secretary of the Provincial Party Committee, Chairman of the Provincial People's Committee.",
    people: [
      ["hau a lenh", 2],
      ["thao hong son", 2],
      ["phan huy ngoc", 2],
    ],
  },
  {
    vi: "Thường trực Ban Bí thư Trương Thị Mai phát biểu; Bí thư Trung ương Đảng, Chánh Văn phòng Trung ương Đảng Lê Minh Hùng cùng dự.",
    en: "Standing member of the Secretariat Truong Thi Mai spoke; Secretary of the Party Central Committee, Chief of the Party Central Committee Office Le Minh Hung also attended.",
    people: [
      ["truong thi mai", 1],
      ["le minh hung", 2],
    ],
  },
  {
    vi: "Phó Trưởng Ban Tổ chức Trung ương Nguyễn Quang Dương và Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Trần Quang Minh phát biểu.",
    en: "Deputy Head of the Central Organizing Committee Nguyen Quang Duong and Chairman of the Provincial Party Committee's Inspection Commission Tran Quang Minh spoke.",
    people: [
      ["nguyen quang duong", 1],
      ["tran quang minh", 1],
    ],
  },
  {
    vi: "Bí thư Tỉnh ủy Kon Tum Lê Văn An tiếp đoàn.",
    en: "Secretary of the Kon Tum Provincial Party Committee Le Van An received the delegation.",
    people: [["le van an", 1]],
  },
  {
    vi: "Cùng dự có các đồng chí: Quản Minh Cường, Bí thư Tỉnh ủy, Trưởng Đoàn đại biểu Quốc hội tỉnh; Bế Thanh Tịnh, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh; Vũ Hồng Quang, Phó Bí thư Tỉnh ủy; Lê Hải Hòa, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh.",
    en: "Also present were comrades Quan Minh Cuong, Secretary of the Provincial Party Committee, Head of the Provincial Delegation of National Assembly Deputies; Be Thanh Tinh, Standing Deputy Secretary of the Provincial Party Committee, Chairman of the Provincial People's Council; Vu Hong Quang, Deputy Secretary of the Provincial Party Committee; Le Hai Hoa, Deputy Secretary of the Provincial Party Committee, Chairman of the Provincial People's Committee.",
    people: [
      ["quan minh cuong", 2],
      ["be thanh tinh", 2],
      ["vu hong quang", 1],
      ["le hai hoa", 2],
    ],
  },
] as const;

describe("extractPeople", () => {
  it("pins role, rank and organ of every post (the people of a provincial plenum)", () => {
    const last = CASES[CASES.length - 1];
    for (const text of [last?.vi ?? "", last?.en ?? ""]) {
      const posts = extractPeople(text, { asOf: "2025-10-01" }).map((person) => [
        person.foldedName,
        person.posts.map((post) => [post.role, post.deputy, post.standing, post.organ?.organId]),
      ]);
      expect(posts, text).toEqual([
        [
          "quan minh cuong",
          [
            ["secretary", false, false, "provincial-party-committee"],
            ["head", false, false, "national-assembly-delegation"],
          ],
        ],
        [
          "be thanh tinh",
          [
            ["secretary", true, true, "provincial-party-committee"],
            ["head", false, false, "peoples-council"],
          ],
        ],
        ["vu hong quang", [["secretary", true, false, "provincial-party-committee"]]],
        [
          "le hai hoa",
          [
            ["secretary", true, false, "provincial-party-committee"],
            ["head", false, false, "peoples-committee"],
          ],
        ],
      ]);
    }
  });

  it.each(CASES.map((c, i) => [i, c] as const))("case %i: the right people and number of posts", (_, c) => {
    for (const text of [c.vi, c.en]) {
      const people = extractPeople(text, ASOF);
      expect(
        people.map((p) => [p.foldedName, p.posts.length]),
        text,
      ).toEqual(c.people);
    }
  });

  it.each(CASES.map((c, i) => [i, c] as const))("case %i: equal structured results in both languages", (_, c) => {
    expect(facts(extractPeople(c.vi, ASOF))).toEqual(facts(extractPeople(c.en, ASOF)));
  });

  it("binds the written place to the post", () => {
    const [person] = extractPeople(CASES[6].en, ASOF);
    expect(person?.posts[0]?.organ).toMatchObject({ organId: "provincial-party-committee", place: { code: "62" } });
  });

  it("keeps names as written, with one folded key with and without diacritics", () => {
    const [withMarks] = extractPeople("ông Lê Ngọc Tuấn, Chủ tịch UBND tỉnh", ASOF);
    const [without] = extractPeople("ong Le Ngoc Tuan, Chu tich UBND tinh", ASOF);
    expect(withMarks?.name).toBe("Lê Ngọc Tuấn");
    expect(without?.name).toBe("Le Ngoc Tuan");
    expect(withMarks?.foldedName).toBe(without?.foldedName);
    expect(without?.posts.map((post) => post.organ?.organId)).toEqual(["peoples-committee"]);
    expect(withMarks?.honorific).toBe("ông");
  });

  it("does not read places, organs or words that look like honorifics as people", () => {
    expect(extractPeople("Nền tảng quảng bá Việt Nam. Ba Ria - Vung Tau province grew.", ASOF)).toEqual([]);
    expect(extractPeople("Ủy ban nhân dân tỉnh Kon Tum, Bộ Chính trị.", ASOF)).toEqual([]);
  });

  it("validates people with PersonSchema and spans slice back to names", () => {
    for (const c of CASES) {
      for (const person of extractPeople(c.vi, ASOF)) {
        expect(PersonSchema.safeParse(person).success).toBe(true);
        expect(c.vi.slice(person.span.start, person.span.end)).toBe(person.name);
      }
    }
  });

  it("returns nothing for empty or non-string input", () => {
    expect(extractPeople("")).toEqual([]);
    expect(extractPeople(undefined as unknown as string)).toEqual([]);
  });

  fcTest.prop([fc.string({ unit: "binary" })])("never throws on any string", (text) => {
    for (const person of extractPeople(text)) expect(text.slice(person.span.start, person.span.end)).toBe(person.name);
  });

  fcTest.prop([
    fc.array(
      fc.constantFrom(
        "ông ",
        "Mr. ",
        "Lê ",
        "Văn ",
        "An",
        ", ",
        "Bí thư ",
        "Tỉnh ủy",
        "; ",
        "\ud800",
        "Ð",
        "Secretary of the ",
      ),
      { maxLength: 30 },
    ),
  ])("never throws on title-like fragments", (parts) => {
    const text = parts.join("");
    for (const person of extractPeople(text)) expect(text.slice(person.span.start, person.span.end)).toBe(person.name);
  });
});

describe("extractPeople: honorifics that start place names", () => {
  it.each([
    ["Bốn tỉnh tăng trưởng âm: Bà Rịa - Vũng Tàu (-1,02%), Lai Châu (-2,27%).", []],
    ["Tỉnh Bà Rịa - Vũng Tàu đạt 15/17 chỉ tiêu.", []],
    ["Đoàn đã đến thành phố Bà Rịa hôm qua.", []],
    ["Bà Rịa-Vũng Tàu và bà Nguyễn Thị Lan, Phó Chủ tịch UBND tỉnh, dự hội nghị.", ["nguyen thi lan"]],
    ["Bà Nguyễn Thị Lan, Phó Chủ tịch UBND tỉnh, phát biểu.", ["nguyen thi lan"]],
    ["Ông Trần Văn Sơn, Bí thư Tỉnh ủy, phát biểu tại Bà Rịa - Vũng Tàu.", ["tran van son"]],
  ] as const)("%s", (text, names) => {
    expect(extractPeople(text, ASOF).map((person) => person.foldedName)).toEqual(names);
  });
});
