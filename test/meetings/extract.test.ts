import { test as fcTest } from "@fast-check/vitest";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractMeetings, type Meeting } from "../../src/meetings/index.js";
import { extractOrgans } from "../../src/organs/index.js";
import { extractPeople } from "../../src/positions/index.js";
import { extractDocumentReferences } from "../../src/references/index.js";
import { MeetingSchema } from "../../src/zod/index.js";

function only(text: string, options?: Parameters<typeof extractMeetings>[1]): Meeting {
  const meetings = extractMeetings(text, options);
  expect(meetings).toHaveLength(1);
  return meetings[0] as Meeting;
}

function spansSliceBack(text: string, meetings: readonly Meeting[]): void {
  for (const meeting of meetings) {
    expect(text.slice(meeting.span.start, meeting.span.end)).toBe(meeting.text);
    for (const person of [...meeting.participants, ...(meeting.chair ? [meeting.chair] : [])]) {
      expect(text.slice(person.span.start, person.span.end)).toBe(person.name);
    }
    for (const doc of meeting.documents) expect(text.slice(doc.span.start, doc.span.end)).toBe(doc.text);
  }
}

describe("extractMeetings: one meeting per sentence", () => {
  it.each([
    // [sentence, kind, text, ordinal, term ordinal, term years]
    [
      "Hội nghị Trung ương lần thứ 11, khóa XIII bàn về sắp xếp bộ máy.",
      "plenum",
      "Hội nghị Trung ương lần thứ 11, khóa XIII",
      11,
      13,
      undefined,
    ],
    [
      "Tỉnh ủy tổ chức Hội nghị Ban Chấp hành Đảng bộ tỉnh để đánh giá chín tháng.",
      "plenum",
      "Hội nghị Ban Chấp hành Đảng bộ tỉnh",
      undefined,
      undefined,
      undefined,
    ],
    [
      "Sáng nay, Đại hội Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2025–2030 đã khai mạc.",
      "congress",
      "Đại hội Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2025–2030",
      20,
      undefined,
      [2025, 2030],
    ],
    [
      "Kỳ họp thứ 9 Quốc hội khóa XV biểu quyết nhiều luật.",
      "na-session",
      "Kỳ họp thứ 9 Quốc hội khóa XV",
      9,
      15,
      undefined,
    ],
    [
      "Delegates met for the 14th National Party Congress in Hanoi.",
      "congress",
      "14th National Party Congress",
      14,
      14,
      undefined,
    ],
    [
      "The 11th plenum of the 13th Party Central Committee discussed the merger.",
      "plenum",
      "11th plenum of the 13th Party Central Committee",
      11,
      13,
      undefined,
    ],
    [
      "Lawmakers gathered for the 9th session of the 15th National Assembly.",
      "na-session",
      "9th session of the 15th National Assembly",
      9,
      15,
      undefined,
    ],
    [
      "Ban Thường vụ có buổi làm việc về công tác cán bộ.",
      "working-session",
      "buổi làm việc",
      undefined,
      undefined,
      undefined,
    ],
    [
      "The two sides held a working session on the report.",
      "working-session",
      "working session",
      undefined,
      undefined,
      undefined,
    ],
    ["Bộ Tài chính tổ chức hội nghị trực tuyến toàn quốc.", "conference", "hội nghị", undefined, undefined, undefined],
    ["Officials attended a conference on budget revenue.", "conference", "conference", undefined, undefined, undefined],
  ] as const)("%s", (text, kind, phrase, ordinal, termOrdinal, years) => {
    const meeting = only(text);
    expect(meeting.kind).toBe(kind);
    expect(meeting.text).toBe(phrase);
    expect(meeting.ordinal).toBe(ordinal);
    expect(meeting.term?.ordinal).toBe(termOrdinal);
    expect(meeting.term?.years).toEqual(years);
    spansSliceBack(text, [meeting]);
  });

  it("reads delegations with their number and the organ that sent them", () => {
    const vi = only("Đoàn kiểm tra số 1922 của Bộ Chính trị đã đến tỉnh.");
    expect(vi).toMatchObject({ kind: "delegation", number: 1922, text: "Đoàn kiểm tra số 1922 của Bộ Chính trị" });
    expect(vi.organIds).toEqual(["politburo"]);
    const en = only("Working Group No. 1920 of the Politburo arrived in the province.");
    expect(en).toMatchObject({ kind: "delegation", number: 1920, text: "Working Group No. 1920 of the Politburo" });
    expect(en.organIds).toContain("politburo");
    expect(only("An inspection delegation reviewed the files.").kind).toBe("delegation");
  });

  it("skips sessions that are not of the National Assembly", () => {
    expect(extractMeetings("Kỳ họp thứ 5 của hội đồng trường diễn ra hôm qua.")).toEqual([]);
    expect(extractMeetings("The session ended early.")).toEqual([]);
    expect(extractMeetings("Đại hội đồng cổ đông họp thường niên.")).toEqual([]);
  });
});

describe("extractMeetings: dates and terms", () => {
  it("dates a meeting from its sentence, completing partial dates with the article date", () => {
    const text = "Ngày 6/3, đoàn công tác có buổi làm việc với Tỉnh ủy.";
    const meetings = extractMeetings(text, { articleDate: "2025-03-06" });
    expect(meetings.map((meeting) => [meeting.kind, meeting.date])).toEqual([
      ["delegation", "2025-03-06"],
      ["working-session", "2025-03-06"],
    ]);
    expect(extractMeetings(text)[0]?.date).toBeUndefined();
    expect(only("Hội nghị Trung ương 11 bế mạc ngày 12/4/2025.").date).toBe("2025-04-12");
  });

  it("infers the Party or National Assembly term from the date when none is written", () => {
    const plenum = only("Hội nghị Trung ương 11 bế mạc ngày 12/4/2025.");
    expect(plenum).toMatchObject({ ordinal: 11, termInferred: true });
    expect(plenum.term?.ordinal).toBe(13);
    expect(plenum.term?.years).toEqual([2021, 2026]);
    const session = only("Kỳ họp thứ nhất của Quốc hội khai mạc ngày 6/4/2026.");
    expect(session.ordinal).toBe(1);
    expect(session.term?.ordinal).toBe(16);
    const congress = only("Đại hội đại biểu toàn quốc lần thứ XIV của Đảng bế mạc.");
    expect(congress).toMatchObject({ kind: "congress", ordinal: 14, termInferred: true });
    expect(congress.term?.ordinal).toBe(14);
    expect(only("Kỳ họp thứ 9 Quốc hội khóa XV bế mạc ngày 27/6/2025.").termInferred).toBeUndefined();
  });
});

describe("extractMeetings: a whole article", () => {
  const article = [
    "Ngày 6/3, Đoàn kiểm tra số 1922 của Bộ Chính trị do Phó Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam Trần Việt Trường, Phó Trưởng đoàn Thường trực, dẫn đầu đã có buổi làm việc với Đảng ủy UBND tỉnh Kon Tum về việc thực hiện Kết luận số 123 của Ban Chấp hành Trung ương Đảng.",
    "Dự buổi làm việc có ông Lê Ngọc Tuấn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh.",
    "Báo cáo với đoàn kiểm tra, tỉnh cho biết đã triển khai Nghị quyết số 57-NQ/TW của Bộ Chính trị.",
  ].join("\n");

  it("links the delegation, its working session, people and documents", () => {
    const meetings = extractMeetings(article, { articleDate: "2025-03-06" });
    expect(meetings.map((meeting) => meeting.kind)).toEqual(["delegation", "working-session"]);
    const [delegation, session] = meetings as [Meeting, Meeting];
    expect(delegation).toMatchObject({ number: 1922, date: "2025-03-06" });
    expect(delegation.chair?.name).toBe("Trần Việt Trường");
    expect(delegation.organIds).toEqual(expect.arrayContaining(["politburo", "party-central-committee"]));
    expect(session.participants.map((person) => person.name)).toEqual(["Trần Việt Trường", "Lê Ngọc Tuấn"]);
    expect(session.documents.map((doc) => doc.text)).toEqual(["Kết luận số 123 của Ban Chấp hành Trung ương Đảng"]);
    spansSliceBack(article, meetings);
    for (const meeting of meetings) expect(MeetingSchema.parse(meeting)).toEqual(meeting);
  });

  it("reads an English article the same way", () => {
    const text =
      "On March 17, Working Group No. 1920 of the Politburo led by Le Minh Hung, Head of the Central Organization Commission, had a working session with the Provincial Party Committee Standing Committee.";
    const meetings = extractMeetings(text, { articleDate: "2025-03-17", language: "en" });
    expect(meetings.map((meeting) => meeting.kind)).toEqual(["delegation", "working-session"]);
    expect(meetings[0]).toMatchObject({ number: 1920, date: "2025-03-17" });
    expect(meetings[0]?.chair?.name).toBe("Le Minh Hung");
    spansSliceBack(text, meetings);
  });

  it("finds the chair written before the verb and drops bare repeats", () => {
    const text =
      "Comrade Truong Thi Mai chaired the working conference with provincial Party secretaries. The conference reviewed the year.";
    const meetings = extractMeetings(text);
    expect(meetings).toHaveLength(1);
    expect(meetings[0]?.kind).toBe("conference");
    expect(meetings[0]?.chair?.name).toBe("Truong Thi Mai");
  });

  it("finds spans into text whose diacritics are decomposed", () => {
    const text = "Hội nghi\u0323 Trung ương lần thứ 11, khóa XIII đã bế mạc.";
    const meeting = only(text);
    expect(meeting.text).toBe("Hội nghi\u0323 Trung ương lần thứ 11, khóa XIII");
  });
});

describe("extractMeetings: bad input", () => {
  it.each([
    [undefined, undefined],
    [42, undefined],
    ["", undefined],
    ["Hội nghị Trung ương 11.", { language: "xx" }],
    ["Hội nghị Trung ương 11.", { asOf: "not a date" }],
    ["Hội nghị Trung ương 11.", { articleDate: "2025-13-45" }],
  ])("gives [] for %j with %j", (text, options) => {
    expect(extractMeetings(text, options as never)).toEqual([]);
  });

  fcTest.prop([fc.string({ unit: "binary" })])("never throws and spans slice back", (text) => {
    spansSliceBack(text, extractMeetings(text));
  });

  fcTest.prop([
    fc.array(
      fc.constantFrom(
        "Hội nghị Trung ương lần thứ 11, khóa XIII",
        "Đoàn kiểm tra số 1922 của Bộ Chính trị",
        "buổi làm việc",
        "the 14th National Party Congress",
        "kỳ họp thứ 9 Quốc hội khóa XV",
        "ngày 6/3",
        ". ",
        "\n",
        "\u0000",
        "\ud800",
        " ",
        "Trần Việt Trường",
      ),
      { maxLength: 20 },
    ),
  ])("never throws on meeting-shaped text and spans slice back", (parts) => {
    const text = parts.join("");
    spansSliceBack(text, extractMeetings(text, { articleDate: "2025-03-06" }));
  });
});

describe("extractMeetings with mentions passed in", () => {
  const text =
    "Ngày 6/3/2025, Đoàn kiểm tra số 1922 của Bộ Chính trị có buổi làm việc với Ban Thường vụ Tỉnh ủy Kon Tum. " +
    "Đồng chí Trần Văn Bình, Ủy viên Bộ Chính trị, trưởng đoàn, phát biểu theo Kết luận số 118-KL/TW.";
  const options = { language: "vi", articleDate: "2025-03-06" } as const;

  it("gives what it finds on its own", () => {
    const mentions = {
      organs: extractOrgans(text, options),
      people: extractPeople(text, options),
      references: extractDocumentReferences(text, options),
    };
    const alone = extractMeetings(text, options);
    expect(alone.length).toBeGreaterThan(0);
    expect(extractMeetings(text, { ...options, mentions })).toEqual(alone);
    expect(extractMeetings(text, { ...options, mentions: { organs: mentions.organs } })).toEqual(alone);
  });

  it("uses the lists given (an empty list means none)", () => {
    const [first] = extractMeetings(text, { ...options, mentions: { organs: [], people: [], references: [] } });
    expect(first?.organIds).toEqual([]);
    expect(first?.participants).toEqual([]);
    expect(first?.documents).toEqual([]);
  });

  it.each([[{ organs: "none" }], [{ people: [null, 3] }], [{ references: [{ span: null }] }], [null], ["mentions"]])(
    "never throws on hostile mentions %j",
    (mentions) => {
      expect(() => extractMeetings(text, { ...options, mentions } as never)).not.toThrow();
    },
  );

  it("reads nothing else when no meeting is named", () => {
    expect(extractMeetings("Thu ngân sách đạt 4.210 tỷ đồng, tăng 12%.", options)).toEqual([]);
  });
});

describe("extractMeetings: leaders, heads and deputy heads", () => {
  it.each([
    // [text, kind of the first meeting, chair, role, standing]
    [
      "Ngày 2/4/2025, Đoàn công tác số 15 của Ban Bí thư do đồng chí Nguyễn Văn Bình, Ủy viên Bộ Chính trị, làm Trưởng đoàn đã làm việc tại tỉnh.",
      "Nguyễn Văn Bình",
      "head",
      undefined,
    ],
    [
      "On April 2, 2025, Working Group No. 15 of the Secretariat, led by Comrade Nguyen Van Binh, Politburo member, visited the province.",
      "Nguyen Van Binh",
      "head",
      undefined,
    ],
    [
      "Đoàn giám sát số 7 do ông Phạm Hữu Lộc, Phó Trưởng đoàn Thường trực Đoàn kiểm tra, dẫn đầu đã đến huyện.",
      "Phạm Hữu Lộc",
      "deputy-head",
      true,
    ],
    [
      "Inspection Delegation No. 7, led by Pham Huu Loc, Permanent Deputy Head of the inspection delegation, arrived on Monday.",
      "Pham Huu Loc",
      "deputy-head",
      true,
    ],
    [
      "Đoàn kiểm tra số 9 do ông Đỗ Minh Khoa, Bí thư Tỉnh ủy, làm Phó Trưởng đoàn đã họp.",
      "Đỗ Minh Khoa",
      "deputy-head",
      undefined,
    ],
    ["Ông Vương Đình Huệ, Bí thư Tỉnh ủy, chủ trì hội nghị tổng kết.", "Vương Đình Huệ", "chair", undefined],
    [
      "Hội nghị tổng kết khai mạc dưới sự chủ trì của đồng chí Vương Đình Huệ, Bí thư Tỉnh ủy.",
      "Vương Đình Huệ",
      "chair",
      undefined,
    ],
    [
      "Comrade Vuong Dinh Hue, Secretary of the Provincial Party Committee, chaired the conference.",
      "Vuong Dinh Hue",
      "chair",
      undefined,
    ],
  ] as const)("%s", (text, chair, role, standing) => {
    const [first] = extractMeetings(text, { articleDate: "2025-04-02" });
    expect(first?.chair).toMatchObject({ name: chair, role });
    expect(first?.chair?.standing).toBe(standing);
    const self = first?.participants.find((person) => person.name === chair);
    expect(self?.role).toBe(role);
    spansSliceBack(text, first ? [first] : []);
    expect(MeetingSchema.parse(first)).toEqual(first);
  });

  it("calls everyone else a participant", () => {
    const text =
      "Đoàn kiểm tra số 3 do đồng chí Lê Văn Tám làm Trưởng đoàn làm việc với ông Hà Văn Nam, Chủ tịch UBND tỉnh.";
    const [delegation] = extractMeetings(text);
    expect(delegation?.participants.map((person) => [person.name, person.role])).toEqual([
      ["Lê Văn Tám", "head"],
      ["Hà Văn Nam", "participant"],
    ]);
  });
});

describe("extractMeetings: repeats and new meetings", () => {
  it.each([
    [
      "Ngày 3/5/2025, Đoàn kiểm tra số 11 có buổi làm việc với Tỉnh ủy Nam Định.\nNgày 9/5/2025, Đoàn kiểm tra số 12 có buổi làm việc với Tỉnh ủy Thái Bình.",
      [
        ["delegation", "2025-05-03"],
        ["working-session", "2025-05-03"],
        ["delegation", "2025-05-09"],
        ["working-session", "2025-05-09"],
      ],
    ],
    [
      "On May 3, 2025, Inspection Team No. 11 held a working session in Nam Dinh.\nOn May 9, 2025, Inspection Team No. 12 held a working session in Thai Binh.",
      [
        ["delegation", "2025-05-03"],
        ["working-session", "2025-05-03"],
        ["delegation", "2025-05-09"],
        ["working-session", "2025-05-09"],
      ],
    ],
    [
      "Ngày 3/5/2025, tỉnh có buổi làm việc với Bộ Tài chính. Buổi làm việc kéo dài ba giờ. Sau buổi làm việc, đoàn đi thực địa.",
      [["working-session", "2025-05-03"]],
    ],
    // A headline without a number names the numbered delegation that follows.
    [
      "Đoàn kiểm tra làm việc tại Nam Định\nNgày 3/5/2025, Đoàn kiểm tra số 11 làm việc với Tỉnh ủy Nam Định.",
      [["delegation", "2025-05-03"]],
    ],
    // A bare, undated first mention gives way to the dated one.
    [
      "Tỉnh ủy chuẩn bị buổi làm việc.\nNgày 3/5/2025, tỉnh có buổi làm việc với Bộ Tài chính.",
      [["working-session", "2025-05-03"]],
    ],
    // "Hội nghị" after a plenum, with a document of the same term, speaks of the plenum.
    [
      "Ngày 8/10/2025, Hội nghị lần thứ ba Ban Chấp hành Đảng bộ tỉnh Lạng Sơn khóa XVIII họp. Hội nghị thống nhất thông qua dự thảo Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khóa XVIII.",
      [["plenum", "2025-10-08"]],
    ],
  ] as const)("%s", (text, expected) => {
    const meetings = extractMeetings(text, { articleDate: "2025-05-10" });
    expect(meetings.map((meeting) => [meeting.kind, meeting.date])).toEqual(expected);
    spansSliceBack(text, meetings);
  });
});

describe("extractMeetings: a meeting's own date", () => {
  it.each([
    [
      "Báo cáo nêu việc thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 và Chỉ thị số 35-CT/TW về đại hội tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng.",
      undefined,
    ],
    [
      "The report covered Resolution No. 18-NQ/TW dated October 25, 2017 ahead of the 14th National Party Congress.",
      undefined,
    ],
    ["Từ ngày 1/7/2025, Đại hội Đảng bộ xã lần thứ I được chuẩn bị.", undefined],
    ["Since July 1, 2025, the 1st Commune Party Congress has been prepared.", undefined],
    ["Ngày 12/4/2025, Hội nghị Trung ương lần thứ 11 bế mạc.", "2025-04-12"],
  ] as const)("%s", (text, date) => {
    const meetings = extractMeetings(text);
    expect(meetings).toHaveLength(1);
    expect(meetings[0]?.date).toBe(date);
  });
});

describe("extractMeetings: plenums and terms", () => {
  it.each([
    [
      "Hội nghị lần thứ hai Ban Chấp hành Đảng bộ tỉnh Lạng Sơn khóa XVIII, nhiệm kỳ 2025-2030 khai mạc.",
      "plenum",
      2,
      18,
      [2025, 2030],
    ],
    ["Hội nghị lần thứ 11 Ban Chấp hành Trung ương khóa XIII bế mạc.", "plenum", 11, 13, undefined],
    [
      "He chaired the third plenum of the 18th Lang Son Provincial Party Executive Committee, term 2025-2030.",
      "plenum",
      3,
      18,
      [2025, 2030],
    ],
    ["The 5th plenum of the 17th Provincial Party Executive Committee closed.", "plenum", 5, 17, undefined],
  ] as const)("%s", (text, kind, ordinal, termOrdinal, years) => {
    const meeting = only(text);
    expect(meeting).toMatchObject({ kind, ordinal });
    expect(meeting.term?.ordinal).toBe(termOrdinal);
    expect(meeting.term?.years).toEqual(years);
    spansSliceBack(text, [meeting]);
  });
});

describe("extractMeetings: no meeting", () => {
  it.each([
    "Chỉ thị về đại hội đảng bộ các cấp đã được ban hành.",
    "Tỉnh chuẩn bị đại hội các cấp.",
    "The directive on Party congresses at all levels was issued.",
    "Representatives of the National Assembly Party Delegation attended.",
    "He is Head of the provincial National Assembly Delegation.",
    "Ông là Trưởng Đoàn đại biểu Quốc hội tỉnh.",
  ])("%s", (text) => {
    expect(extractMeetings(text)).toEqual([]);
  });
});
