import type { Language } from "../core/index.js";

/*
 * Frequent function words of each language, folded (lower case, no diacritics), for language detection.
 * A word that is common in two of the languages (la, de, en, se, que, co, tu, da, le) is left out: it
 * would vote for both. Picked by hand from general knowledge of each language's most frequent words;
 * Vietnamese includes words of political news typed without diacritics ("cua", "tinh", "uy ban").
 */
export const LANGUAGE_WORDS: Readonly<Record<string, Language>> = Object.freeze({
  // Vietnamese (folded): của và các những được trong với người không cho theo tỉnh như một này cùng về tại
  // ngày tháng năm việc đồng công chính hiện thực phát triển kinh nhân dân hội đảng ủy quốc ban bộ
  cua: "vi",
  va: "vi",
  cac: "vi",
  nhung: "vi",
  duoc: "vi",
  trong: "vi",
  voi: "vi",
  nguoi: "vi",
  khong: "vi",
  cho: "vi",
  theo: "vi",
  tinh: "vi",
  nhu: "vi",
  mot: "vi",
  nay: "vi",
  cung: "vi",
  ve: "vi",
  tai: "vi",
  ngay: "vi",
  thang: "vi",
  nam: "vi",
  viec: "vi",
  dong: "vi",
  cong: "vi",
  chinh: "vi",
  hien: "vi",
  thuc: "vi",
  phat: "vi",
  trien: "vi",
  nhan: "vi",
  dan: "vi",
  hoi: "vi",
  dang: "vi",
  uy: "vi",
  quoc: "vi",
  ban: "vi",
  bo: "vi",
  // English
  the: "en",
  of: "en",
  and: "en",
  to: "en",
  in: "en",
  was: "en",
  is: "en",
  for: "en",
  on: "en",
  with: "en",
  that: "en",
  by: "en",
  as: "en",
  at: "en",
  from: "en",
  were: "en",
  has: "en",
  have: "en",
  it: "en",
  be: "en",
  are: "en",
  this: "en",
  which: "en",
  an: "en",
  its: "en",
  will: "en",
  been: "en",
  their: "en",
  not: "en",
  or: "en",
  also: "en",
  // Polish
  i: "pl",
  w: "pl",
  z: "pl",
  oraz: "pl",
  sie: "pl",
  na: "pl",
  do: "pl",
  ze: "pl",
  jest: "pl",
  nie: "pl",
  od: "pl",
  przez: "pl",
  dla: "pl",
  roku: "pl",
  po: "pl",
  ktore: "pl",
  ktory: "pl",
  ktora: "pl",
  byl: "pl",
  jak: "pl",
  tym: "pl",
  sa: "pl",
  ale: "pl",
  czy: "pl",
  takze: "pl",
  rowniez: "pl",
  // French
  le: "fr",
  les: "fr",
  des: "fr",
  du: "fr",
  et: "fr",
  est: "fr",
  une: "fr",
  dans: "fr",
  pour: "fr",
  qui: "fr",
  au: "fr",
  aux: "fr",
  sur: "fr",
  avec: "fr",
  par: "fr",
  ce: "fr",
  il: "fr",
  sont: "fr",
  ont: "fr",
  cette: "fr",
  leur: "fr",
  pas: "fr",
  // German
  der: "de",
  die: "de",
  das: "de",
  und: "de",
  ist: "de",
  von: "de",
  mit: "de",
  den: "de",
  dem: "de",
  ein: "de",
  eine: "de",
  zu: "de",
  auf: "de",
  fur: "de",
  nicht: "de",
  sich: "de",
  im: "de",
  wird: "de",
  wurde: "de",
  bei: "de",
  auch: "de",
  werden: "de",
  zum: "de",
  zur: "de",
  oder: "de",
  // Spanish
  el: "es",
  los: "es",
  las: "es",
  del: "es",
  y: "es",
  es: "es",
  por: "es",
  una: "es",
  para: "es",
  al: "es",
  como: "es",
  su: "es",
  sus: "es",
  fue: "es",
  este: "es",
  esta: "es",
  entre: "es",
  sobre: "es",
  tambien: "es",
});

/**
 * Which languages a letter points to, with a weight: Vietnamese tone marks and ă đ ơ ư; Polish ą ć ę ł ń ś ź ż;
 * German ä ö ü ß; French ç œ ë î ï û; Spanish ñ (¿ and ¡, not letters, are counted by the detector). â ê ô count half for Vietnamese and half for French.
 * Letters that several of the languages share (á é í ó ú à è ù) are no evidence.
 */
export function letterEvidence(code: number): Language | "vi-fr" | undefined {
  if (code < 0xa1) return undefined;
  if (
    (code >= 0x1ea0 && code <= 0x1ef9) ||
    code === 0x102 ||
    code === 0x103 ||
    code === 0x110 ||
    code === 0x111 ||
    code === 0x1a0 ||
    code === 0x1a1 ||
    code === 0x1af ||
    code === 0x1b0 ||
    code === 0x309 ||
    code === 0x323 ||
    code === 0x31b
  ) {
    return "vi";
  }
  if (
    (code >= 0x104 && code <= 0x107) ||
    code === 0x118 ||
    code === 0x119 ||
    (code >= 0x141 && code <= 0x144) ||
    code === 0x15a ||
    code === 0x15b ||
    (code >= 0x179 && code <= 0x17c)
  ) {
    return "pl";
  }
  if (
    code === 0xe4 ||
    code === 0xf6 ||
    code === 0xfc ||
    code === 0xdf ||
    code === 0xc4 ||
    code === 0xd6 ||
    code === 0xdc
  ) {
    return "de";
  }
  if (code === 0xe2 || code === 0xea || code === 0xf4 || code === 0xc2 || code === 0xca || code === 0xd4)
    return "vi-fr";
  if (
    code === 0xe7 ||
    code === 0xc7 ||
    code === 0x153 ||
    code === 0x152 ||
    code === 0xeb ||
    code === 0xee ||
    code === 0xef ||
    code === 0xfb
  ) {
    return "fr";
  }
  if (code === 0xf1 || code === 0xd1) return "es";
  return undefined;
}
