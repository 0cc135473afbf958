/*
 * Words that make a number a date, keyed by their folded form (lower case, no diacritics; see foldRange).
 * Sources: the month names of date-fns 4 locales enUS and pl (format tokens MMMM/MMM and LLLL, genitive and
 * nominative), completed with the Polish locative ("w październiku 2017") and the English "Sept"; the
 * Vietnamese date line of Nghị định 30/2020/NĐ-CP ("ngày … tháng … năm …") and date-fns vi ("thg").
 * The tables of different languages do not share a key, so "auto" reads all of them without detection.
 */

/** What a month word is: its month number, its language and whether it is an abbreviation ("Dec"). */
export interface MonthWord {
  readonly month: number;
  readonly language: "en" | "pl";
  readonly abbreviation: boolean;
}

const EN_MONTHS: Readonly<Record<string, number>> = Object.freeze({
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
});

const EN_MONTH_ABBREVIATIONS: Readonly<Record<string, number>> = Object.freeze({
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
});

const PL_MONTHS: Readonly<Record<string, number>> = Object.freeze({
  // genitive: "25 października 2017 r."
  stycznia: 1,
  lutego: 2,
  marca: 3,
  kwietnia: 4,
  maja: 5,
  czerwca: 6,
  lipca: 7,
  sierpnia: 8,
  wrzesnia: 9,
  pazdziernika: 10,
  listopada: 11,
  grudnia: 12,
  // nominative: "październik 2017"
  styczen: 1,
  luty: 2,
  marzec: 3,
  kwiecien: 4,
  maj: 5,
  czerwiec: 6,
  lipiec: 7,
  sierpien: 8,
  wrzesien: 9,
  pazdziernik: 10,
  listopad: 11,
  grudzien: 12,
  // locative: "w październiku 2017"
  styczniu: 1,
  lutym: 2,
  marcu: 3,
  kwietniu: 4,
  maju: 5,
  czerwcu: 6,
  lipcu: 7,
  sierpniu: 8,
  wrzesniu: 9,
  pazdzierniku: 10,
  listopadzie: 11,
  grudniu: 12,
});

// The month tables as maps, built on first use: the words looked up are built from the text, and using one as an
// object key interns it in the engine's string table first (costly, for every word next to a number).
let monthMaps:
  | {
      readonly en: ReadonlyMap<string, number>;
      readonly enShort: ReadonlyMap<string, number>;
      readonly pl: ReadonlyMap<string, number>;
    }
  | undefined;

function getMonthMaps(): NonNullable<typeof monthMaps> {
  monthMaps ??= {
    en: new Map(Object.entries(EN_MONTHS)),
    enShort: new Map(Object.entries(EN_MONTH_ABBREVIATIONS)),
    pl: new Map(Object.entries(PL_MONTHS)),
  };
  return monthMaps;
}

/** Reads a folded word as an English or Polish month name, within the languages allowed. */
export function getMonthWord(
  folded: string,
  allow: { readonly en: boolean; readonly pl: boolean },
): MonthWord | undefined {
  const maps = getMonthMaps();
  if (allow.en) {
    const full = maps.en.get(folded);
    if (full !== undefined) return { month: full, language: "en", abbreviation: false };
    const short = maps.enShort.get(folded);
    if (short !== undefined) {
      return { month: short, language: "en", abbreviation: true };
    }
  }
  if (allow.pl) {
    const month = maps.pl.get(folded);
    if (month !== undefined) return { month, language: "pl", abbreviation: false };
  }
  return undefined;
}

/** Vietnamese keywords of the date line, folded: "ngày" (day), "tháng"/"thg" (month), "năm" (year). */
export type VietnameseDateWord = "day" | "month" | "year";

/** Reads a folded word as a Vietnamese date keyword. */
export function getVietnameseDateWord(folded: string): VietnameseDateWord | undefined {
  if (folded === "ngay") return "day";
  if (folded === "thang" || folded === "thg") return "month";
  if (folded === "nam") return "year";
  return undefined;
}

/** English ordinal suffixes that may follow a day number ("22nd", "1st"). */
export function isDaySuffix(folded: string): boolean {
  return folded === "st" || folded === "nd" || folded === "rd" || folded === "th";
}
