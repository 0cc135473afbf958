import { describe, expect, test } from "vitest";
import { extractDocumentReferences } from "../../src/references/index.js";

// Inline markup: [[…]] marks each expected reference phrase; the spans follow from the brackets.
function unmark(marked: string): { text: string; spans: { start: number; end: number }[] } {
  const spans: { start: number; end: number }[] = [];
  let text = "";
  let open = -1;
  for (let i = 0; i < marked.length; i += 1) {
    if (marked.startsWith("[[", i)) {
      open = text.length;
      i += 1;
    } else if (marked.startsWith("]]", i)) {
      spans.push({ start: open, end: text.length });
      i += 1;
    } else text += marked[i];
  }
  return { text, spans };
}

const VI = [
  "Theo [[Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị]], tỉnh lập kế hoạch.",
  "Tỉnh quán triệt [[Kết luận số 123 của Ban Chấp hành Trung ương Đảng]] trong tháng 3.",
  "Căn cứ [[Nghị định 30]] và [[31/2020/NĐ-CP của Chính phủ]].",
  "Thực hiện các [[Nghị quyết số 18-NQ/TW]], [[19-NQ/TW]] tại cơ sở.",
  "Văn bản viện dẫn [[Nghi quyet so 57-NQ/TƯ]] nhiều lần.",
  "Đoàn kiểm tra việc thực hiện [[Chỉ thị 35-CT/TW của Bộ Chính trị]] tại tỉnh.",
  "Ban hành kèm theo [[Quyết định số 1234/QĐ-UBND ngày 5/3/2025 của UBND tỉnh]].",
  "Tinh thần [[Nghị quyết 18-NQ/TWvề tổ chức bộ máy]], được quán triệt.",
  "Tỉnh ban hành [[Nghị quyết số 27, ngày 2/12/2024 của Ban Chấp hành Đảng bộ tỉnh khóa XVI]] để lãnh đạo.",
  "Theo [[Nghị quyết số 89/NQ-HĐND, ngày 9/12/2024 của HĐND tỉnh về phương hướng]], năm 2025 tăng 8%.",
  "Điều này dựa trên [[Luật số 64/2025/QH15]].",
  "Đọc lại “[[96-QD/TW]]” và ([[89/NQ-HDND]]) trong hồ sơ.",
  "Áp dụng [[Nghị quyết 57-NQ/\nTW]] ngay.",
];

const EN = [
  "Under [[Resolution No. 57-NQ/TW dated December 22, 2024 of the Politburo]], the province acted.",
  "They reviewed [[Resolution No. 57 of the Politburo]] last week.",
  "The plan follows [[Resolution No. 27, dated December 2, 2024 of the 16th Provincial Party Executive Committee]].",
  "In implementing [[Directive No. 35-CT/TW of the Politburo on Party congresses]], the board met.",
  "See [[Decree No. 30/2020/ND-CP]].",
  "Members discussed [[Conclusion Notice No. 29-TB/TW of the Politburo]].",
  "It applies [[Regulation No. 96-QD/TW of the Politburo]] strictly.",
];

const OTHER = [
  "Wdrożenie [[Uchwały nr 18-NQ/TW z dnia 25 października 2017 r.]] trwa.",
  "Le texte cite [[57-NQ/TW]] souvent.",
  "文件[[57-NQ/TW]]已经发布。",
];

describe.each([
  ["vi", VI],
  ["en", EN],
  ["other", OTHER],
])("fixtures (%s)", (_language, rows) => {
  test.each(rows)("%s", (marked) => {
    const { text, spans } = unmark(marked);
    const found = extractDocumentReferences(text).map((ref) => ref.span);
    expect(found).toEqual(spans);
  });
});

test("the whole phrase carries code, date, issuer and title", () => {
  const [ref] = extractDocumentReferences(
    "Theo Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị “Về đột phá phát triển khoa học”, tỉnh…",
  );
  expect(ref?.code?.canonical).toBe("57-NQ/TW");
  expect(ref?.date).toBe("2024-12-22");
  expect(ref?.issuer?.organId).toBe("politburo");
  expect(ref?.title).toBe("Về đột phá phát triển khoa học");
  expect(ref?.documentType).toBe("resolution");
});

test.each([
  ["Resolution No. 57 of the Politburo was cited.", "57-NQ/TW", "catalogue"],
  ["Nghị quyết số 27, ngày 5/1/2023 của Tỉnh ủy đã ban hành.", "27-NQ/TU", "form"],
  ["Nghị quyết 18-NQ/TW được nhắc lại; Nghị quyết 18 là nền tảng.", "18-NQ/TW", "text"],
  ["Nghị định 30 và 31/2020/NĐ-CP", "30/2020/NĐ-CP", "list"],
])("mention %s resolves to %s by %s", (text, code, by) => {
  const ref = extractDocumentReferences(text).find((r) => r.code === undefined);
  expect(ref?.resolvedCode).toBe(code);
  expect(ref?.resolvedBy).toBe(by);
});

test("unresolvable mentions stay mentions", () => {
  const [ref] = extractDocumentReferences("Kế hoạch 45 của xã đã xong; Quyết định số 17 được giao.");
  expect(ref?.resolvedCode).toBeUndefined();
});

test("35-CT/TW is chosen by the article date", () => {
  const text = "Thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị.";
  expect(extractDocumentReferences(text, { articleDate: "2020-01-10" })[0]?.document?.date).toBe("2019-05-30");
  expect(extractDocumentReferences(text, { articleDate: "2025-03-17" })[0]?.document?.date).toBe("2024-06-14");
});

test.each([
  "Bão số 3 đổ bộ vào đất liền.",
  "Storm No. 3 hit the coast.",
  "Project 06 on population data.",
  "Điền Mẫu số 01 kèm theo.",
  "Bản án số 12/2024/HS-PT đã có hiệu lực.",
  "Áp dụng QCVN 01:2021/BXD.",
  "Gọi 0912-345-678 để hỏi.",
  "Hội nghị ngày 22/12/2024 và 6/3.",
  "Tỷ lệ 1.436/1.770 trung tâm; đạt 15/15 chỉ tiêu; giai đoạn 2021-2030.",
])("distractor: %s", (text) => {
  expect(extractDocumentReferences(text)).toEqual([]);
});

test("decomposed (NFD) words nearby do not hide a type word or a title", () => {
  const text = "Tha\u0300nh pho\u0302\u0301 applies Resolution 18-NQ/TW on a leaner apparatus.";
  const [ref] = extractDocumentReferences(text);
  expect(ref?.documentType).toBe("resolution");
  expect(ref?.text).toBe("Resolution 18-NQ/TW on a leaner apparatus");
});

test("every occurrence of a repeated code is read in its own context", () => {
  const text = "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị; sau đó 57-NQ/TW được nhắc lại.";
  const refs = extractDocumentReferences(text);
  expect(refs.map((r) => r.code?.canonical)).toEqual(["57-NQ/TW", "57-NQ/TW"]);
  expect(refs.map((r) => r.date)).toEqual(["2024-12-22", undefined]);
  expect(refs[1]?.span).toEqual({ start: text.lastIndexOf("57-NQ/TW"), end: text.lastIndexOf("57-NQ/TW") + 8 });
});
