import { test as fcTest } from "@fast-check/vitest";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type DetectedLanguage, detectLanguage, resolveLanguage } from "../../src/text/index.js";

const SAMPLES = [
  [
    "vi",
    "Sáng nay, Ban Thường vụ Tỉnh ủy đã họp để cho ý kiến về dự thảo báo cáo chính trị trình đại hội. " +
      "Các đại biểu thống nhất với những nội dung được nêu trong tờ trình của Ủy ban nhân dân tỉnh.",
  ],
  [
    "vi",
    "Sang nay, Ban Thuong vu Tinh uy da hop de cho y kien ve du thao bao cao chinh tri trinh dai hoi. " +
      "Cac dai bieu thong nhat voi nhung noi dung duoc neu trong to trinh cua Uy ban nhan dan tinh.",
  ],
  [
    "vi",
    "Sa\u0301ng nay, Ban Thu\u031bo\u031b\u0300ng vu\u0323 Ti\u0309nh u\u0309y đa\u0303 ho\u0323p vơ\u0301i ca\u0301c đa\u0323i bie\u0302\u0309u.",
  ],
  [
    "en",
    "The Standing Board of the Provincial Party Committee met this morning to review the draft political report. " +
      "Comrade Nguyễn Văn An, Secretary of the Provincial Party Committee, chaired the meeting with the delegates.",
  ],
  [
    "pl",
    "Stały komitet prowincjonalnego komitetu partii zebrał się rano, aby omówić projekt sprawozdania. " +
      "Towarzysz Nguyen Van An, sekretarz komitetu, przewodniczył posiedzeniu oraz podziękował delegatom.",
  ],
  [
    "fr",
    "Le comité permanent du Parti de la province s'est réuni ce matin pour examiner le projet de rapport. " +
      "Les délégués ont approuvé les propositions présentées dans le document du comité populaire.",
  ],
  [
    "de",
    "Der Ständige Ausschuss des Parteikomitees der Provinz ist heute Morgen zusammengetreten, um den Entwurf " +
      "des Berichts zu prüfen. Die Delegierten haben den Vorschlägen des Volkskomitees zugestimmt.",
  ],
  [
    "es",
    "El comité permanente del Partido de la provincia se reunió esta mañana para examinar el proyecto de informe. " +
      "Los delegados aprobaron las propuestas del comité popular y también las metas para el año próximo.",
  ],
] as const;

function expectScoresValid(detected: DetectedLanguage): void {
  const values = Object.values(detected.scores);
  expect(values).toHaveLength(6);
  for (const value of values) {
    expect(value).toBeGreaterThanOrEqual(0);
    expect(value).toBeLessThanOrEqual(1);
  }
  expect(detected.confidence).toBeGreaterThanOrEqual(0);
  expect(detected.confidence).toBeLessThanOrEqual(1);
}

describe("detectLanguage", () => {
  it.each(SAMPLES)("recognises %s", (language, text) => {
    const detected = detectLanguage(text);
    expect(detected.language).toBe(language);
    expect(detected.confidence).toBeGreaterThan(0.5);
    expectScoresValid(detected);
  });

  it.each(["", "   ", "12/15 + 3 = ?", "!!!", "XIV", "Hello", "the", "😀😀", "\ud800\u0000"])(
    "answers other with confidence 0 for %j",
    (text) => {
      expect(detectLanguage(text)).toMatchObject({ language: "other", confidence: 0 });
    },
  );

  it.each([[42], [null], [undefined], [{ text: "the of and" }]])("answers other for the non-string %j", (input) => {
    expect(detectLanguage(input).language).toBe("other");
  });

  it("is less confident on a short text than on a long one", () => {
    const short = detectLanguage("the plan of the province");
    const long = detectLanguage(SAMPLES[3][1]);
    expect(short.language).toBe("en");
    expect(short.confidence).toBeLessThan(long.confidence);
  });

  it("reads only the opening of a huge text", () => {
    const text = `${SAMPLES[0][1]} ${"x".repeat(5000)} ${SAMPLES[3][1].repeat(50)}`;
    expect(detectLanguage(text).language).toBe("vi");
  });

  it("keeps an English article with Vietnamese names English", () => {
    const text =
      "On the morning of March 17, the working group led by Comrade Lê Minh Hưng and Comrade Trần Cẩm Tú " +
      "had a session with the Standing Committee of Hà Giang province to approve the report.";
    expect(detectLanguage(text).language).toBe("en");
  });
});

describe("resolveLanguage", () => {
  it("returns an explicit language without detecting", () => {
    expect(resolveLanguage(SAMPLES[0][1], "pl")).toBe("pl");
    expect(resolveLanguage("", "en")).toBe("en");
  });

  it("detects for auto, undefined and unknown options", () => {
    expect(resolveLanguage(SAMPLES[0][1], "auto")).toBe("vi");
    expect(resolveLanguage(SAMPLES[4][1])).toBe("pl");
    expect(resolveLanguage(SAMPLES[3][1], "klingon")).toBe("en");
    expect(resolveLanguage("+++", "auto")).toBe("other");
  });
});

describe("properties", () => {
  fcTest.prop([fc.string({ unit: "binary" })])("never throws and keeps scores in range", (text) => {
    const detected = detectLanguage(text);
    expectScoresValid(detected);
    const total = Object.values(detected.scores).reduce((sum, value) => sum + value, 0);
    expect(total === 0 || Math.abs(total - 1) < 0.01).toBe(true);
    expect(["vi", "en", "pl", "fr", "es", "de", "other"]).toContain(resolveLanguage(text));
  });

  fcTest.prop([fc.string({ unit: "binary", maxLength: 100 })])("only the first 4096 code units count", (tail) => {
    const head = SAMPLES[4][1].repeat(30).slice(0, 4096);
    expect(detectLanguage(head + tail)).toEqual(detectLanguage(`${head} `));
  });
});
