import { describe, expect, it } from "vitest";
import { findOrgan, formatOrgan } from "../../src/organs/index.js";

describe("findOrgan", () => {
  it.each([
    ["Ban Tổ chức Trung ương", "party-organisation-commission"],
    ["Central Organization Commission", "party-organisation-commission"],
    ["Central Organizing Committee", "party-organisation-commission"],
    ["Central Organising Committee", "party-organisation-commission"],
    ["ban to chuc trung uong", "party-organisation-commission"],
    ["BCH TW", "party-central-committee"],
    ["UBND", "peoples-committee"],
    ["HĐND", "peoples-council"],
    ["HDND", "peoples-council"],
    ["MTTQ", "fatherland-front-committee"],
    ["BTGDVTW", "party-education-mobilisation-commission"],
    ["Vietnam Fatherland Front Central Committee", "front-central-committee"],
    ["Politburo", "politburo"],
    ["UBND tỉnh Kon Tum", "peoples-committee"],
    ["politburo", "politburo"],
  ])("%s → %s", (query, id) => {
    expect(findOrgan(query, { asOf: "2025-03-06" })?.id).toBe(id);
  });

  it("resolves former names to the organ as it stood at asOf", () => {
    expect(findOrgan("Ban Tuyên giáo Trung ương", { asOf: "2024-06-01" })?.id).toBe("party-education-commission");
    expect(findOrgan("Ban Tuyên giáo Trung ương", { asOf: "2025-06-01" })?.id).toBe(
      "party-education-mobilisation-commission",
    );
    expect(findOrgan("Bộ Kế hoạch và Đầu tư", { asOf: "2025-02-28" })?.id).toBe("ministry-of-planning-and-investment");
    expect(findOrgan("Bộ Kế hoạch và Đầu tư", { asOf: "2025-03-01" })?.id).toBe("ministry-of-finance");
    expect(findOrgan("Bộ Tài nguyên và Môi trường", { asOf: "2025-03-01" })?.id).toBe(
      "ministry-of-agriculture-and-environment",
    );
    expect(findOrgan("Government Party Committee", { asOf: "2024-01-17" })?.id).toBe(
      "government-party-personnel-committee",
    );
    expect(findOrgan("Government Party Committee", { asOf: "2025-06-01" })?.id).toBe("government-party-committee");
    expect(findOrgan("Đảng đoàn Quốc hội", { asOf: "2025-06-01" })?.id).toBe("national-assembly-party-committee");
  });

  it("keeps an organ that ended with several successors rather than guessing one", () => {
    expect(findOrgan("Bộ Lao động – Thương binh và Xã hội", { asOf: "2025-06-01" })?.id).toBe(
      "ministry-of-labour-invalids-and-social-affairs",
    );
  });

  it("gives undefined for unknown names, organs not yet founded, and bad input", () => {
    expect(findOrgan("Ban Khánh tiết Trung ương")).toBeUndefined();
    expect(findOrgan("Bộ Nông nghiệp và Môi trường", { asOf: "2020-01-01" })).toBeUndefined();
    expect(findOrgan("")).toBeUndefined();
    expect(findOrgan(42 as unknown as string)).toBeUndefined();
  });
});

describe("formatOrgan", () => {
  const place = {
    text: "Kon Tum",
    span: { start: 0, end: 7 },
    level: "province",
    code: "62",
    name: { vi: "Kon Tum", en: "Kon Tum" },
  } as const;
  it.each([
    [
      { organId: "peoples-committee", level: "province", place },
      "UBND tỉnh Kon Tum",
      "Kon Tum Provincial People's Committee",
    ],
    [{ organId: "provincial-party-committee", place }, "Tỉnh ủy Kon Tum", "Kon Tum Provincial Party Committee"],
    [{ organId: "politburo" }, "Bộ Chính trị", "Politburo"],
  ] as const)("%j", (ref, vi, en) => {
    expect(formatOrgan(ref, { locale: "vi" })).toBe(vi);
    expect(formatOrgan(ref, { locale: "en" })).toBe(en);
  });

  it("renders city templates with the city words", () => {
    const hanoi = {
      text: "Hà Nội",
      span: { start: 0, end: 6 },
      level: "province",
      code: "01",
      name: { vi: "Hà Nội", en: "Hanoi" },
      city: true,
    } as const;
    expect(formatOrgan({ organId: "provincial-party-committee", place: hanoi })).toBe("Thành ủy Hà Nội");
    expect(formatOrgan({ organId: "provincial-party-committee", place: hanoi }, { locale: "en" })).toBe(
      "Hanoi Municipal Party Committee",
    );
  });
});
