import type { Locale } from "../core/index.js";
import { getOrgan } from "./get-organ.js";
import type { BoundPlace, OrganLevel, OrganRef } from "./types.js";

// Short display names of local templates, by level; "{p}" is where the place name goes in English.
const LOCAL_NAMES: Readonly<Record<string, Partial<Record<OrganLevel, { vi: string; en: string }>>>> = {
  "peoples-committee": {
    province: { vi: "UBND tỉnh", en: "{p}Provincial People's Committee" },
    commune: { vi: "UBND xã", en: "{p}Commune People's Committee" },
    district: { vi: "UBND huyện", en: "{p}District People's Committee" },
  },
  "peoples-council": {
    province: { vi: "HĐND tỉnh", en: "{p}Provincial People's Council" },
    commune: { vi: "HĐND xã", en: "{p}Commune People's Council" },
    district: { vi: "HĐND huyện", en: "{p}District People's Council" },
  },
  "fatherland-front-committee": {
    province: { vi: "Ủy ban MTTQ Việt Nam tỉnh", en: "{p}Provincial Fatherland Front Committee" },
    commune: { vi: "Ủy ban MTTQ Việt Nam xã", en: "{p}Commune Fatherland Front Committee" },
  },
};
const TEMPLATE_NAMES: Readonly<Record<string, { vi: string; en: string }>> = {
  "provincial-party-committee": { vi: "Tỉnh ủy", en: "{p}Provincial Party Committee" },
  "provincial-standing-board": {
    vi: "Ban Thường vụ Tỉnh ủy",
    en: "Standing Board of the {p}Provincial Party Committee",
  },
  "provincial-peoples-committee-party-committee": {
    vi: "Đảng ủy UBND tỉnh",
    en: "Party Committee of the {p}Provincial People's Committee",
  },
  "provincial-organisation-commission": {
    vi: "Ban Tổ chức Tỉnh ủy",
    en: "Organisation Commission of the {p}Provincial Party Committee",
  },
  "provincial-inspection-commission": {
    vi: "Ủy ban Kiểm tra Tỉnh ủy",
    en: "Inspection Commission of the {p}Provincial Party Committee",
  },
  "provincial-party-office": { vi: "Văn phòng Tỉnh ủy", en: "Office of the {p}Provincial Party Committee" },
  "national-assembly-delegation": {
    vi: "Đoàn đại biểu Quốc hội tỉnh",
    en: "{p}Provincial Delegation of National Assembly Deputies",
  },
  "commune-party-committee": { vi: "Đảng ủy xã", en: "{p}Commune Party Committee" },
  "district-party-committee": { vi: "Huyện ủy", en: "{p}District Party Committee" },
};

function cityForm(name: { vi: string; en: string }, city: boolean): { vi: string; en: string } {
  if (!city) return name;
  return {
    vi: name.vi.replace("Tỉnh ủy", "Thành ủy").replace(/ tỉnh$/u, " thành phố"),
    en: name.en.replace("Provincial", "Municipal"),
  };
}

function placeName(place: BoundPlace | undefined, locale: Locale): string {
  if (place === undefined) return "";
  return (locale === "en" ? place.name?.en : place.name?.vi) ?? place.text;
}

/**
 * Renders an organ applied to a level and a place, in Vietnamese or English: "Tỉnh ủy Kon Tum" / "Kon Tum
 * Provincial Party Committee". Unknown ids give the id back, so nothing is invented.
 *
 * @example
 * ```ts
 * formatOrgan({ organId: "peoples-committee", level: "province" }, { locale: "en" }); // "Provincial People's Committee"
 * formatOrgan({ organId: "party-organisation-commission" }, { locale: "vi" }); // "Ban Tổ chức Trung ương"
 * ```
 */
export function formatOrgan(ref: OrganRef, options: { readonly locale?: Locale } = {}): string {
  const locale: Locale = options?.locale === "en" ? "en" : "vi";
  const organ = getOrgan(ref?.organId);
  if (organ === undefined) return String(ref?.organId ?? "");
  const level = ref.level ?? organ.level;
  const template = LOCAL_NAMES[organ.id]?.[level] ?? TEMPLATE_NAMES[organ.id];
  const place = placeName(ref.place, locale);
  if (template === undefined) {
    const base = organ.name[locale];
    return place === "" ? base : `${base} ${place}`;
  }
  const name = cityForm(template, ref.place?.city === true);
  if (locale === "en") return name.en.replace("{p}", place === "" ? "" : `${place} `);
  return place === "" ? name.vi : `${name.vi} ${place}`;
}
