/*
 * Number words for ordinals, keyed by folded form (lower case, no diacritics). Folding merges words that
 * differ only by tone (mười 10 / mươi "-ty", một / mốt); their place in the phrase tells them apart, so text
 * typed without diacritics ("lan thu hai muoi mot") reads the same as text with them.
 * Vietnamese rules: 1 is "một" but "mốt" after "mươi" (21 "hai mươi mốt"); 4 may be "tư" after "mươi"
 * (24 "hai mươi tư"); 5 is "lăm" (or "nhăm") after "mười"/"mươi" (15 "mười lăm"); the ordinals 1 and 4 are
 * "thứ nhất" and "thứ tư".
 */

// Standalone units, and the forms that only follow "mười"/"mươi".
const VI_UNITS: Readonly<Record<string, number>> = Object.freeze({
  mot: 1,
  hai: 2,
  ba: 3,
  bon: 4,
  nam: 5,
  sau: 6,
  bay: 7,
  tam: 8,
  chin: 9,
});
const VI_TRAILING_UNITS: Readonly<Record<string, number>> = Object.freeze({ tu: 4, lam: 5, nham: 5 });

const VI_UNIT_WORDS = Object.freeze(["", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]);

function viUnit(folded: string | undefined, trailing: boolean): number | undefined {
  if (folded === undefined) return undefined;
  if (Object.hasOwn(VI_UNITS, folded)) return VI_UNITS[folded];
  return trailing && Object.hasOwn(VI_TRAILING_UNITS, folded) ? VI_TRAILING_UNITS[folded] : undefined;
}

/** Reads folded Vietnamese number words from 1 to 99 ("muoi lam" → 15, "hai muoi mot" → 21). */
export function readVietnameseNumberWords(words: readonly string[]): number | undefined {
  const [first, second, third] = words;
  if (words.length === 1) return first === "muoi" ? 10 : viUnit(first, false);
  if (words.length === 2 && first === "muoi") {
    const unit = viUnit(second, true);
    return unit === undefined ? undefined : 10 + unit;
  }
  const tens = viUnit(first, false);
  if (tens === undefined || tens < 2 || second !== "muoi") return undefined;
  if (words.length === 2) return tens * 10;
  const unit = words.length === 3 ? viUnit(third, true) : undefined;
  return unit === undefined ? undefined : tens * 10 + unit;
}

/** Writes 1–99 in Vietnamese words ("mười lăm", "hai mươi mốt"). */
function writeVietnameseNumberWords(value: number): string {
  const tens = Math.floor(value / 10);
  const unit = value % 10;
  if (tens === 0) return VI_UNIT_WORDS[unit] ?? "";
  const head = tens === 1 ? "mười" : `${VI_UNIT_WORDS[tens]} mươi`;
  if (unit === 0) return head;
  if (unit === 5) return `${head} lăm`;
  if (tens > 1 && unit === 1) return `${head} mốt`;
  if (tens > 1 && unit === 4) return `${head} tư`;
  return `${head} ${VI_UNIT_WORDS[unit]}`;
}

/** Reads folded Vietnamese ordinal words after "thứ": "nhat" → 1, "tu" → 4, else the number words from 2. */
export function readVietnameseOrdinalWords(words: readonly string[]): number | undefined {
  if (words.length === 1) {
    // The first and fourth are "thứ nhất" and "thứ tư"; "thứ một" and "thứ bốn" are not Vietnamese.
    if (words[0] === "nhat") return 1;
    if (words[0] === "tu") return 4;
    if (words[0] === "mot" || words[0] === "bon") return undefined;
  }
  return readVietnameseNumberWords(words);
}

/** Writes the Vietnamese ordinal words of 1–99 without "thứ" ("nhất", "tư", "hai mươi mốt"). */
export function writeVietnameseOrdinalWords(value: number): string {
  if (value === 1) return "nhất";
  if (value === 4) return "tư";
  return writeVietnameseNumberWords(value);
}

const EN_ORDINALS = Object.freeze([
  "",
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
  "eleventh",
  "twelfth",
  "thirteenth",
  "fourteenth",
  "fifteenth",
  "sixteenth",
  "seventeenth",
  "eighteenth",
  "nineteenth",
]);
const EN_TENS = Object.freeze(["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]);
const EN_TENS_ORDINALS = Object.freeze([
  "",
  "",
  "twentieth",
  "thirtieth",
  "fortieth",
  "fiftieth",
  "sixtieth",
  "seventieth",
  "eightieth",
  "ninetieth",
]);

/** Reads English ordinal words from 1 to 99: ["fourteenth"], ["twenty", "first"]. */
export function readEnglishOrdinalWords(words: readonly string[]): number | undefined {
  const [first, second] = words;
  if (first === undefined) return undefined;
  if (words.length === 1) {
    const simple = EN_ORDINALS.indexOf(first);
    if (simple > 0) return simple;
    const tens = EN_TENS_ORDINALS.indexOf(first);
    return tens > 1 ? tens * 10 : undefined;
  }
  if (words.length !== 2 || second === undefined) return undefined;
  const tens = EN_TENS.indexOf(first);
  const unit = EN_ORDINALS.indexOf(second);
  return tens > 1 && unit > 0 && unit < 10 ? tens * 10 + unit : undefined;
}

/** Writes 1–99 as English ordinal words ("second", "twenty-first"). */
export function writeEnglishOrdinalWords(value: number): string {
  if (value < 20) return EN_ORDINALS[value] ?? "";
  const tens = Math.floor(value / 10);
  const unit = value % 10;
  return unit === 0 ? (EN_TENS_ORDINALS[tens] ?? "") : `${EN_TENS[tens]}-${EN_ORDINALS[unit]}`;
}

/** The English suffix of a digit ordinal: 1st, 2nd, 3rd, 11th, 12th, 13th, 21st. */
export function englishOrdinalSuffix(value: number): string {
  const lastTwo = value % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return "th";
  return ["th", "st", "nd", "rd"][value % 10] ?? "th";
}

/*
 * Polish nouns that follow a Roman or dotted ordinal in political texts ("XIII kadencji", "14. posiedzenie"),
 * folded, matched by stem: kadencja (term), zjazd (congress), posiedzenie (sitting), sesja (session),
 * plenum, kongres.
 */
const PL_ORDINAL_NOUN_STEMS = Object.freeze(["kadencj", "zjazd", "zjezdzi", "posiedzen", "sesj", "plenum", "kongres"]);

/** Whether a folded word is a Polish noun that an ordinal qualifies ("kadencji", "zjazdu"). */
export function isPolishOrdinalNoun(folded: string): boolean {
  return PL_ORDINAL_NOUN_STEMS.some((stem) => folded.startsWith(stem));
}
