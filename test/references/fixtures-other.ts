import type { FixtureRow } from "./markup.js";

/*
 * Codes inside text of other languages, in inline markup (see markup.ts). Rows with `match: "code"` mark only the
 * code: the library reads codes in any language, and these rows check the code and where it lies, not how much of
 * the surrounding phrase a language's words let it take. Polish rows mark the whole phrase, as the seed article in
 * Polish and the issue ("Uchwała nr 18-NQ/TW z dnia 25 października 2017 r.") ask. All sentences are ours.
 */
export const OTHER_FIXTURES: readonly FixtureRow[] = [
  // Polish: whole phrases (type word, "nr", "z dnia", issuer in the genitive, "w sprawie" or a quoted title).
  {
    text: "Prowincja oceniła wdrażanie <0>Uchwały nr 18-NQ/TW z dnia 25 października 2017 r. XII KC Partii w sprawie dalszej reorganizacji aparatu politycznego</0>.",
    refs: [
      {
        code: "18-NQ/TW",
        documentType: "resolution",
        date: "2017-10-25",
        issuer: "party-central-committee",
        term: 12,
        title: "dalszej reorganizacji aparatu politycznego",
      },
    ],
    covers: "seed-polish, title-w-sprawie",
  },
  {
    text: "Realizacja <0>Rezolucji 18-NQ/TW z dnia 25 października 2017 r. Komitetu Centralnego Partii (XII kadencji) „Kwestie dalszej reorganizacji aparatu”</0> przebiegała sprawnie.",
    refs: [
      {
        code: "18-NQ/TW",
        documentType: "resolution",
        date: "2017-10-25",
        issuer: "party-central-committee",
        term: 12,
        title: "Kwestie dalszej reorganizacji aparatu",
      },
    ],
    covers: "seed-polish, title-quoted-polish",
  },
  {
    text: "<0>Uchwała nr 57-NQ/TW Biura Politycznego</0> dotyczy nauki i innowacji.",
    refs: [{ code: "57-NQ/TW", documentType: "resolution", issuer: "politburo" }],
    covers: "polish-genitive-issuer",
  },
  {
    text: "<0>Dyrektywa nr 45-CT/TW</0> określa zasady zjazdów partyjnych.",
    refs: [{ code: "45-CT/TW", documentType: "directive" }],
    covers: "polish",
    articleDate: "2025-05-01",
  },
  {
    text: "Omówiono <0>Uchwały nr 18-NQ/TW</0> i <1>19-NQ/TW</1> z tego samego plenum.",
    refs: [
      { code: "18-NQ/TW", documentType: "resolution" },
      { code: "19-NQ/TW", documentType: "resolution" },
    ],
    covers: "polish-list",
  },
  { text: "Burza nr 3 uderzyła w wybrzeże 7 września 2024 r.", refs: [], covers: "distractor-storm, polish" },
  { text: "Zadzwoń pod numer tel. 0912-345-678 w dni robocze.", refs: [], covers: "distractor-phone, polish" },
  {
    text: "Zatwierdzono Uchwałę w sprawie podziału zadań, kadencja XX, 2025-2030.",
    refs: [],
    covers: "distractor-no-number, polish",
  },

  // French, German, Spanish, Italian, Portuguese: codes only.
  {
    text: "Le Bureau politique a adopté la résolution n° <0>57-NQ/TW</0> le 22 décembre 2024.",
    refs: [{ code: "57-NQ/TW" }],
    covers: "french",
    match: "code",
  },
  {
    text: "Le décret <0>30/2020/NĐ-CP</0> encadre l'archivage administratif.",
    refs: [{ code: "30/2020/NĐ-CP" }],
    covers: "french",
    match: "code",
  },
  {
    text: "La décision <0>1234/QD-UBND</0> du comité populaire a été publiée.",
    refs: [{ code: "1234/QĐ-UBND" }],
    covers: "french, no-diacritics",
    match: "code",
  },
  { text: "Le typhon n° 3 a frappé le nord le 7/9/2024.", refs: [], covers: "distractor-storm, french" },
  {
    text: "Der Beschluss Nr. <0>57-NQ/TW</0> des Politbüros gilt als Durchbruch.",
    refs: [{ code: "57-NQ/TW" }],
    covers: "german",
    match: "code",
  },
  {
    text: "Das Dekret <0>30/2020/ND-CP</0> regelt die Aktenführung.",
    refs: [{ code: "30/2020/NĐ-CP" }],
    covers: "german, no-diacritics",
    match: "code",
  },
  { text: "Die Norm ISO 9001:2015 gilt auch für Behörden.", refs: [], covers: "distractor-standard, german" },
  {
    text: "La Resolución n.º <0>57-NQ/TW</0> del Buró Político impulsa la ciencia.",
    refs: [{ code: "57-NQ/TW" }],
    covers: "spanish",
    match: "code",
  },
  {
    text: "El decreto <0>30/2020/NĐ-CP</0> y la resolución <1>18-NQ/TW</1> fueron citados.",
    refs: [{ code: "30/2020/NĐ-CP" }, { code: "18-NQ/TW" }],
    covers: "spanish",
    match: "code",
  },
  {
    text: "La risoluzione <0>57-NQ/TW</0> del Politburo è stata citata spesso.",
    refs: [{ code: "57-NQ/TW" }],
    covers: "italian",
    match: "code",
  },
  {
    text: "A resolução <0>68-NQ/TW</0> foi debatida pelos empresários.",
    refs: [{ code: "68-NQ/TW" }],
    covers: "portuguese",
    match: "code",
    articleDate: "2025-06-01",
  },

  // Cyrillic and CJK neighbours, Thai and Khmer.
  {
    text: "Резолюция <0>57-NQ/TW</0> Политбюро была принята в декабре.",
    refs: [{ code: "57-NQ/TW" }],
    covers: "cyrillic-neighbour",
    match: "code",
  },
  {
    text: "越共中央政治局第<0>57-NQ/TW</0>号决议强调科技创新。",
    refs: [{ code: "57-NQ/TW" }],
    covers: "cjk, glued",
    match: "code",
  },
  {
    text: "文件<0>57-NQ/TW</0>已经发布。",
    refs: [{ code: "57-NQ/TW" }],
    covers: "cjk, glued",
    match: "code",
  },
  {
    text: "越南政府第<0>30/2020/NĐ-CP</0>号议定（<1>64/2025/QH15</1>）均已生效。",
    refs: [{ code: "30/2020/NĐ-CP" }, { code: "64/2025/QH15" }],
    covers: "cjk, fullwidth-parentheses",
    match: "code",
    articleDate: "2025-05-01",
  },
  {
    text: "《<0>64/2025/QH15</0>》号法律自2025年4月1日起施行。",
    refs: [{ code: "64/2025/QH15" }],
    covers: "cjk, cjk-quotes",
    match: "code",
    articleDate: "2025-05-01",
  },
  {
    text: "ベトナム共産党の決議<0>57-NQ/TW</0>は科学技術を重視する。",
    refs: [{ code: "57-NQ/TW" }],
    covers: "cjk, japanese",
    match: "code",
  },
  {
    text: "베트남 공산당 결의 <0>57-NQ/TW</0>는 과학기술 혁신을 강조한다.",
    refs: [{ code: "57-NQ/TW" }],
    covers: "korean, glued",
    match: "code",
  },
  {
    text: "มติ <0>57-NQ/TW</0> ของกรมการเมืองเน้นวิทยาศาสตร์",
    refs: [{ code: "57-NQ/TW" }],
    covers: "thai",
    match: "code",
  },
  {
    text: "សេចក្តីសម្រេច <0>57-NQ/TW</0> ត្រូវបានអនុម័ត។",
    refs: [{ code: "57-NQ/TW" }],
    covers: "khmer",
    match: "code",
  },
  { text: "第3号台风登陆，2021-2030年规划不受影响。", refs: [], covers: "distractor-storm, cjk" },
  { text: "电话：0912-345-678，传真：0260-3862-456。", refs: [], covers: "distractor-phone, cjk" },
];
