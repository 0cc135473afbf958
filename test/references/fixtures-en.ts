import type { FixtureRow } from "./markup.js";

/*
 * English reference fixtures, in inline markup (see markup.ts). Every sentence is ours, written the way English
 * news about Vietnam cites documents (VNA, VNS, provincial portals and machine translations of Vietnamese
 * articles); the facts come from /shared/domain/reference.md and the catalogue, and every reference form of the
 * seed articles is rewritten here in new words (tags "seed-…").
 */
export const EN_FIXTURES: readonly FixtureRow[] = [
  // The whole phrase.
  {
    text: "Under <0>Resolution No. 57-NQ/TW dated December 22, 2024 of the Politburo</0>, the province set up a steering board.",
    refs: [
      {
        code: "57-NQ/TW",
        documentType: "resolution",
        date: "2024-12-22",
        issuer: "politburo",
        documentDate: "2024-12-22",
        warnings: [],
      },
    ],
    covers: "phrase, date-english",
  },
  {
    text: 'Officials studied <0>Resolution No. 57-NQ/TW dated December 22, 2024 of the Politburo "On breakthroughs in science and technology development, innovation and national digital transformation"</0> at length.',
    refs: [
      {
        code: "57-NQ/TW",
        documentType: "resolution",
        date: "2024-12-22",
        issuer: "politburo",
        title: "On breakthroughs in science and technology development, innovation and national digital transformation",
      },
    ],
    covers: "seed-full-phrase, title-quoted",
  },
  {
    text: "The board acted on <0>Resolution No. 57-NQ/TW dated 22 December 2024 of the Politburo</0> within a week.",
    refs: [{ code: "57-NQ/TW", documentType: "resolution", date: "2024-12-22", issuer: "politburo" }],
    covers: "date-day-month",
  },
  {
    text: "Clerical work follows <0>Decree No. 30/2020/ND-CP dated March 5, 2020 of the Government on clerical work</0>.",
    refs: [
      {
        code: "30/2020/NĐ-CP",
        documentType: "decree",
        date: "2020-03-05",
        issuer: "government",
        title: "clerical work",
      },
    ],
    covers: "state-normative, title-on, no-diacritics",
  },
  {
    text: "<0>Resolution 57-NQ/TW, issued on December 22, 2024, by the Politburo</0> set targets for 2030.",
    refs: [{ code: "57-NQ/TW", documentType: "resolution", date: "2024-12-22", issuer: "politburo" }],
    covers: "date-issued-on",
  },
  {
    text: "The council passed <0>Resolution No. 89/NQ-HDND, dated December 9, 2024 of the Provincial People's Council on socio-economic directions and tasks in 2025</0>, aiming at 10% growth.",
    refs: [
      {
        code: "89/NQ-HĐND",
        documentType: "resolution",
        date: "2024-12-09",
        issuer: "peoples-council",
        title: "socio-economic directions and tasks in 2025",
      },
    ],
    covers: "seed-hdnd, no-diacritics, title-on",
  },
  {
    text: "Targets were set in <0>Resolution No. 27, dated December 2, 2024 of the 16th Provincial Party Executive Committee</0> for the whole year.",
    refs: [
      {
        resolvedCode: "27-NQ/TU",
        documentType: "resolution",
        date: "2024-12-02",
        issuer: "provincial-party-committee",
        term: 16,
      },
    ],
    covers: "seed-mention-term, mention-catalogue",
  },
  {
    text: "Goals were laid down in <0>Resolution No. 27, dated December 2, 2024 of the 16th Provincial Party Executive Committee on leading socio-economic, defence and Party-building tasks in 2025</0>.",
    refs: [
      {
        resolvedCode: "27-NQ/TU",
        documentType: "resolution",
        date: "2024-12-02",
        issuer: "provincial-party-committee",
        term: 16,
        title: "leading socio-economic, defence and Party-building tasks in 2025",
      },
    ],
    covers: "seed-mention-term, title-on-comma",
  },
  {
    text: "In implementing <0>Directive No. 35-CT/TW of the Politburo on Party congresses at all levels</0>, the board met twice.",
    refs: [
      { code: "35-CT/TW", documentType: "directive", issuer: "politburo", title: "Party congresses at all levels" },
    ],
    covers: "seed-directive, title-on",
  },
  {
    text: 'The report cites <0>Resolution No. 18-NQ/TW of the 12th Party Central Committee on "Some issues on continuing to renew and rearrange the political system\'s apparatus"</0> again.',
    refs: [
      {
        code: "18-NQ/TW",
        documentType: "resolution",
        issuer: "party-central-committee",
        term: 12,
        title: "Some issues on continuing to renew and rearrange the political system's apparatus",
      },
    ],
    covers: "seed-term-ordinal, title-on-quoted",
  },
  {
    text: "Votes of confidence follow <0>Regulation No. 96-QD/TW of the Politburo</0>.",
    refs: [{ code: "96-QĐ/TW", documentType: "regulation", issuer: "politburo", warnings: ["DIACRITICS_REPAIRED"] }],
    covers: "seed-regulation, no-diacritics",
  },
  {
    text: "Provinces kept to the six groups of solutions in <0>Conclusion Notice No. 29-TB/TW of the Politburo</0>.",
    refs: [{ code: "29-TB/TW", documentType: "notice", issuer: "politburo" }],
    covers: "seed-notice",
  },
  {
    text: "Cells carried out <0>Conclusion No. 21-KL/TW of the Party Central Committee on Party building and rectification</0>; discipline improved.",
    refs: [
      {
        code: "21-KL/TW",
        documentType: "conclusion",
        issuer: "party-central-committee",
        title: "Party building and rectification",
      },
    ],
    covers: "seed-conclusion-title",
  },
  {
    text: "Delegates discussed <0>Conclusion No. 118-KL/TW</0> adjusting some contents of <1>Directive No. 35</1>, and <2>Directive No. 35-CT/TW of the Politburo</2>.",
    refs: [
      { code: "118-KL/TW", documentType: "conclusion" },
      { resolvedCode: "35-CT/TW", documentType: "directive" },
      { code: "35-CT/TW", documentType: "directive", issuer: "politburo" },
    ],
    covers: "seed-conclusion-adjusting, mention-text",
  },
  {
    text: "Staff were told to apply <0>Decision No. 1234/QD-UBND of the provincial People's Committee</0> at once.",
    refs: [{ code: "1234/QĐ-UBND", documentType: "decision", issuer: "peoples-committee" }],
    covers: "phrase, no-diacritics",
  },
  {
    text: "<0>Conclusion No. 123-KL/TW (January 24, 2025)</0> set the 8% growth goal.",
    refs: [{ code: "123-KL/TW", documentType: "conclusion", date: "2025-01-24" }],
    covers: "date-parenthesised",
  },
  {
    text: "They quoted <0>Resolution No. 57-NQ/TW of December 22, 2024</0> in full.",
    refs: [{ code: "57-NQ/TW", documentType: "resolution", date: "2024-12-22" }],
    covers: "date-of",
  },
  {
    text: "<0>Law No. 64/2025/QH15 on Promulgation of Legal Documents</0> took effect in April.",
    refs: [
      {
        code: "64/2025/QH15",
        documentType: "law",
        issuer: "national-assembly",
        title: "Promulgation of Legal Documents",
      },
    ],
    covers: "law, title-on",
    articleDate: "2025-05-01",
  },
  {
    text: "Mergers rest on <0>Resolution No. 202/2025/QH15 dated June 12, 2025 of the National Assembly on the arrangement of provincial-level administrative units</0>.",
    refs: [
      {
        code: "202/2025/QH15",
        documentType: "resolution",
        date: "2025-06-12",
        issuer: "national-assembly",
        title: "the arrangement of provincial-level administrative units",
      },
    ],
    covers: "national-assembly, title-on",
    articleDate: "2025-07-01",
  },
  {
    text: "The cabinet was reshaped by <0>Resolution No. 176/2025/QH15 of the National Assembly</0>, leaving 14 ministries.",
    refs: [{ code: "176/2025/QH15", documentType: "resolution", issuer: "national-assembly" }],
    covers: "national-assembly",
  },
  {
    text: "The Prime Minister signed <0>Decision No. 19/2025/QD-TTg</0> last month.",
    refs: [
      { code: "19/2025/QĐ-TTg", documentType: "decision", issuer: "prime-minister", warnings: ["DIACRITICS_REPAIRED"] },
    ],
    covers: "prime-minister, no-diacritics",
  },
  {
    text: "The ministry issued <0>Circular No. 23/2025/TT-BNNMT</0> to replace older rules.",
    refs: [{ code: "23/2025/TT-BNNMT", documentType: "circular", issuer: "ministry-of-agriculture-and-environment" }],
    covers: "circular",
  },
  {
    text: "The province sent <0>Official Letter No. 3954/UBND-VX</0> to all departments.",
    refs: [{ code: "3954/UBND-VX", documentType: "official-letter", issuer: "peoples-committee" }],
    covers: "official-letter",
  },
  {
    text: "The Government Office forwarded <0>official dispatch 1531/TTg-CN</0> to ministries.",
    refs: [{ code: "1531/TTg-CN", documentType: "official-letter", issuer: "prime-minister" }],
    covers: "official-letter, lower-case-type",
  },
  {
    text: "Provinces drafted plans for <0>Conclusion No. 126-KL/TW</0> and <1>Conclusion No. 127-KL/TW of the Politburo</1>.",
    refs: [
      { code: "126-KL/TW", documentType: "conclusion" },
      { code: "127-KL/TW", documentType: "conclusion", issuer: "politburo" },
    ],
    covers: "two-phrases",
  },
  {
    text: "Votes are run under <0>Regulation No. 96-QD/TW dated February 2, 2023 of the Politburo</0>.",
    refs: [{ code: "96-QĐ/TW", documentType: "regulation", date: "2023-02-02", issuer: "politburo" }],
    covers: "regulation, no-diacritics",
  },
  {
    text: "Layout rules come from <0>Guideline No. 36-HD/VPTW</0> of 2018.",
    refs: [{ code: "36-HD/VPTW", documentType: "guideline", issuer: "party-central-office" }],
    covers: "guideline",
  },
  {
    text: "<0>Instruction No. 36-HD/VPTW</0> was replaced in 2026.",
    refs: [{ code: "36-HD/VPTW", documentType: "guideline", issuer: "party-central-office" }],
    covers: "guideline-instruction",
  },
  {
    text: "<0>Regulation No. 399-QD/TW dated January 9, 2026 of the Secretariat</0> replaced the 2017 rules.",
    refs: [{ code: "399-QĐ/TW", documentType: "regulation", date: "2026-01-09", issuer: "party-secretariat" }],
    covers: "regulation, secretariat",
    articleDate: "2026-03-01",
  },
  {
    text: "<0>Directive No. 45-CT/TW dated April 14, 2025 of the Politburo on Party congresses at all levels</0>, the cells studied it.",
    refs: [
      {
        code: "45-CT/TW",
        documentType: "directive",
        date: "2025-04-14",
        issuer: "politburo",
        title: "Party congresses at all levels",
      },
    ],
    covers: "phrase, title-on",
    articleDate: "2025-05-01",
  },

  // Mentions without a code.
  {
    text: "The team reviewed <0>Conclusion No. 123 of the Party Central Committee</0> and <1>Resolution No. 57 of the Politburo</1>.",
    refs: [
      { resolvedCode: "123-KL/TW", documentType: "conclusion", issuer: "party-central-committee" },
      { resolvedCode: "57-NQ/TW", documentType: "resolution", issuer: "politburo" },
    ],
    covers: "seed-mention-issuer, mention-catalogue",
  },
  {
    text: "The province carried out <0>Conclusion 123, dated January 24, 2025 on the Supplementary Project on socio-economic development in 2025</0>; growth was to reach 8%.",
    refs: [
      {
        resolvedCode: "123-KL/TW",
        documentType: "conclusion",
        date: "2025-01-24",
        title: "the Supplementary Project on socio-economic development in 2025",
      },
    ],
    covers: "seed-mention-date, title-on",
  },
  {
    text: "Reforms follow <0>Resolution 18-NQ/TW</0>; the review of <1>Resolution 18</1> was not proactive everywhere.",
    refs: [
      { code: "18-NQ/TW", documentType: "resolution" },
      { resolvedCode: "18-NQ/TW", documentType: "resolution" },
    ],
    covers: "seed-bare-mention, mention-text",
  },
  {
    text: "The district brought digital transformation and <0>Resolution No. 57</0> into every field.",
    refs: [{ resolvedCode: "57-NQ/TW", documentType: "resolution" }],
    covers: "seed-bare-mention, mention-catalogue",
  },
  {
    text: "Carrying out <0>Resolution 57 on science and technology development</0> needs central support.",
    refs: [{ resolvedCode: "57-NQ/TW", documentType: "resolution", title: "science and technology development" }],
    covers: "seed-mention-title, mention-catalogue",
  },
  {
    text: "Provinces were urged to carry out <0>Resolution No. 57 of the Politburo on breakthroughs in science and technology</0>; many set up steering boards.",
    refs: [
      {
        resolvedCode: "57-NQ/TW",
        documentType: "resolution",
        issuer: "politburo",
        title: "breakthroughs in science and technology",
      },
    ],
    covers: "seed-mention-issuer-title, mention-catalogue",
  },
  {
    text: "Implementing <0>Conclusion No. 123 of the Party Central Committee on the Project to supplement socio-economic development in 2025</0>, with growth of 8% or more, the board met.",
    refs: [
      {
        resolvedCode: "123-KL/TW",
        documentType: "conclusion",
        issuer: "party-central-committee",
        title: "the Project to supplement socio-economic development in 2025",
      },
    ],
    covers: "seed-mention-issuer-title, mention-catalogue",
  },
  {
    text: "The apparatus was streamlined in the spirit of <0>Resolution 18-NQ/TW</0>.",
    refs: [{ code: "18-NQ/TW", documentType: "resolution" }],
    covers: "seed-spirit",
  },
  {
    text: "Regarding <0>Conclusion No. 123</0>, the province needs a clear scenario.",
    refs: [{ resolvedCode: "123-KL/TW", documentType: "conclusion" }],
    covers: "seed-bare-mention, mention-catalogue",
  },
  {
    text: "The commune finished <0>Plan No. 45</0> last month.",
    refs: [{ documentType: "plan", number: 45 }],
    covers: "mention-unresolved",
  },
  {
    text: "<0>Decision No. 17</0> assigned targets to each ward.",
    refs: [{ documentType: "decision", number: 17 }],
    covers: "mention-unresolved",
  },
  {
    text: "<0>Conclusion No. 8 of the Provincial Party Committee</0> asked for a planning review.",
    refs: [{ resolvedCode: "08-KL/TU", documentType: "conclusion", issuer: "provincial-party-committee" }],
    covers: "mention-form",
  },
  {
    text: "<0>Resolution No. 14, dated October 10, 2023 of the Provincial Party Committee</0> focused on the highlands.",
    refs: [
      {
        resolvedCode: "14-NQ/TU",
        documentType: "resolution",
        date: "2023-10-10",
        issuer: "provincial-party-committee",
      },
    ],
    covers: "mention-form",
  },
  {
    text: "After <0>Resolution No. 68-NQ/TW on private economic development</0>, the council will debate <1>Resolution 68</1> again.",
    refs: [
      { code: "68-NQ/TW", documentType: "resolution", title: "private economic development" },
      { resolvedCode: "68-NQ/TW", documentType: "resolution" },
    ],
    covers: "mention-text, title-on",
    articleDate: "2025-06-01",
  },
  {
    text: "<0>Directive No. 45 of the Politburo</0> asked for careful preparation.",
    refs: [{ resolvedCode: "45-CT/TW", documentType: "directive", issuer: "politburo" }],
    covers: "mention-catalogue",
    articleDate: "2025-05-01",
  },
  {
    text: "<0>Decree No. 30 of the Government</0> is the basis of the filing rules.",
    refs: [{ resolvedCode: "30/2020/NĐ-CP", documentType: "decree", issuer: "government" }],
    covers: "mention-catalogue, state",
  },
  {
    text: "<0>Decision No. 45 of the provincial People's Committee</0> approved the project list.",
    refs: [{ documentType: "decision", number: 45, issuer: "peoples-committee" }],
    covers: "mention-unresolved",
  },
  {
    text: "<0>Resolution No. 18-NQ/TW</0> and <1>Resolution No. 18 of the Provincial People's Council</1> are different texts.",
    refs: [
      { code: "18-NQ/TW", documentType: "resolution" },
      { documentType: "resolution", number: 18, issuer: "peoples-council" },
    ],
    covers: "mention-not-invented",
  },
  {
    text: "<0>Conclusion 123</0> was disseminated promptly.",
    refs: [{ resolvedCode: "123-KL/TW", documentType: "conclusion" }],
    covers: "seed-bare-mention",
  },
  {
    text: "<0>Directive No. 12 of the City Party Committee</0> asks residents to keep streets clean.",
    refs: [{ resolvedCode: "12-CT/TU", documentType: "directive", issuer: "provincial-party-committee" }],
    covers: "mention-form",
  },
  {
    text: "<0>Conclusion No. 203 of the Politburo</0> set tasks for the last quarter.",
    refs: [{ resolvedCode: "203-KL/TW", documentType: "conclusion", issuer: "politburo" }],
    covers: "mention-form",
    articleDate: "2025-12-01",
  },
  {
    text: "<0>Resolution No. 18 of the 12th Party Central Committee</0> called for a leaner apparatus.",
    refs: [
      {
        resolvedCode: "18-NQ/TW",
        documentType: "resolution",
        issuer: "party-central-committee",
        term: 12,
        documentDate: "2017-10-25",
      },
    ],
    covers: "mention-term, mention-catalogue",
  },
  {
    text: "<0>Resolution No. 57 dated Dec. 22, 2024</0> is the reference point.",
    refs: [{ resolvedCode: "57-NQ/TW", documentType: "resolution", date: "2024-12-22" }],
    covers: "mention-date, date-abbreviated-month",
  },
  {
    text: "<0>Directive 35 of the Politburo</0> guided the 2020 congresses.",
    refs: [{ resolvedCode: "35-CT/TW", documentType: "directive", issuer: "politburo", documentDate: "2019-05-30" }],
    covers: "same-code-two-terms, mention-catalogue",
    articleDate: "2020-01-10",
  },
  {
    text: "Per <0>Notice No. 5</0>, the holiday duty roster starts on the 27th.",
    refs: [{ documentType: "notice", number: 5 }],
    covers: "mention-unresolved",
  },
  {
    text: "The <0>Politburo's Resolution No. 57-NQ/TW</0> was welcomed by scientists.",
    refs: [{ code: "57-NQ/TW", documentType: "resolution", issuer: "politburo" }],
    covers: "issuer-possessive",
  },

  {
    text: "Land policy follows <0>Resolution 18-NQ/TW of the 13th Party Central Committee on land</0>.",
    refs: [
      {
        code: "18-NQ/TW",
        documentType: "resolution",
        issuer: "party-central-committee",
        term: 13,
        title: "land",
        documentDate: "2022-06-16",
      },
    ],
    covers: "same-code-two-terms, term-ordinal",
    articleDate: "2023-01-01",
  },
  {
    text: "<0>Directive 35-CT/TW</0> is being applied in every cell.",
    refs: [{ code: "35-CT/TW", documentType: "directive", documentDate: "2019-05-30" }],
    covers: "same-code-two-terms, article-date",
    articleDate: "2019-09-01",
  },

  // Dates.
  {
    text: "<0>Resolution No. 60-NQ/TW adopted on April 12, 2025</0> came out of the 11th plenum.",
    refs: [{ code: "60-NQ/TW", documentType: "resolution", date: "2025-04-12" }],
    covers: "date-adopted-on",
    articleDate: "2025-05-01",
  },
  {
    text: "<0>Conclusion 127-KL/TW signed on February 28, 2025</0> asked for more study.",
    refs: [{ code: "127-KL/TW", documentType: "conclusion", date: "2025-02-28" }],
    covers: "date-signed-on",
  },
  {
    text: "<0>Resolution 57-NQ/TW</0>, two months into its rollout as of February 22, 2025, has shown results.",
    refs: [{ code: "57-NQ/TW", documentType: "resolution", date: null }],
    covers: "date-not-own",
  },
  {
    text: "<0>Resolution 57-NQ/TW dated 22/12/2024</0> appears in the footnote.",
    refs: [{ code: "57-NQ/TW", documentType: "resolution", date: "2024-12-22" }],
    covers: "date-numeric",
  },
  {
    text: "<0>Directive 35-CT/TW of the Politburo dated June 14, 2024</0> set the congress timetable.",
    refs: [
      {
        code: "35-CT/TW",
        documentType: "directive",
        date: "2024-06-14",
        issuer: "politburo",
        documentDate: "2024-06-14",
      },
    ],
    covers: "issuer-then-date",
  },

  // Lists and ranges.
  {
    text: "<0>Resolutions No. 18-NQ/TW</0> and <1>19-NQ/TW of the 12th Party Central Committee</1> were reviewed.",
    refs: [
      { code: "18-NQ/TW", documentType: "resolution" },
      { code: "19-NQ/TW", documentType: "resolution", issuer: "party-central-committee", term: 12 },
    ],
    covers: "list-plural",
  },
  {
    text: "Under <0>Decrees 30</0> and <1>31/2020/ND-CP</1>, ministries revised their rules.",
    refs: [
      { resolvedCode: "30/2020/NĐ-CP", documentType: "decree" },
      { code: "31/2020/NĐ-CP", documentType: "decree", issuer: "government" },
    ],
    covers: "list-shared-suffix",
  },
  {
    text: "The Politburo signed <0>Decisions No. 321</0>, <1>322</1> and <2>323-QD/TW</2> establishing the new provincial Party organisations.",
    refs: [
      { resolvedCode: "321-QĐ/TW", documentType: "decision" },
      { resolvedCode: "322-QĐ/TW", documentType: "decision" },
      { code: "323-QĐ/TW", documentType: "decision" },
    ],
    covers: "list-shared-suffix",
    articleDate: "2025-07-01",
  },
  {
    text: "<0>Decisions No. 321-QD/TW</0> to <1>328-QD/TW</1> set up the merged provincial Party organisations.",
    refs: [
      { code: "321-QĐ/TW", documentType: "decision" },
      { code: "328-QĐ/TW", documentType: "decision" },
    ],
    covers: "range",
    articleDate: "2025-07-01",
  },
  {
    text: "<0>Resolution 57-NQ/TW</0>, <1>Resolution 59-NQ/TW</1>, <2>Resolution 66-NQ/TW</2> and <3>Resolution 68-NQ/TW</3> are called the four pillars.",
    refs: [
      { code: "57-NQ/TW", documentType: "resolution" },
      { code: "59-NQ/TW", documentType: "resolution" },
      { code: "66-NQ/TW", documentType: "resolution" },
      { code: "68-NQ/TW", documentType: "resolution" },
    ],
    covers: "list-full-phrases",
    articleDate: "2025-06-01",
  },
  {
    text: "<0>Decision No. 15/QD-UBND dated January 3, 2025</0> and <1>No. 16/QD-UBND dated January 4, 2025</1> were revoked.",
    refs: [
      { code: "15/QĐ-UBND", documentType: "decision", date: "2025-01-03", issuer: "peoples-committee" },
      { code: "16/QĐ-UBND", documentType: "decision", date: "2025-01-04", issuer: "peoples-committee" },
    ],
    covers: "list-dated",
  },
  {
    text: "After <0>Resolutions 70-NQ/TW</0>, <1>71-NQ/TW</1> and <2>72-NQ/TW</2>, ministries drew up action plans.",
    refs: [
      { code: "70-NQ/TW", documentType: "resolution" },
      { code: "71-NQ/TW", documentType: "resolution" },
      { code: "72-NQ/TW", documentType: "resolution" },
    ],
    covers: "list-plural",
    articleDate: "2025-10-01",
  },
  {
    text: "<0>Directive 35-CT/TW</0> and <1>Conclusion 118-KL/TW of the Politburo</1> framed the congresses.",
    refs: [
      { code: "35-CT/TW", documentType: "directive" },
      { code: "118-KL/TW", documentType: "conclusion", issuer: "politburo" },
    ],
    covers: "two-phrases",
  },
  {
    text: "References: <0>57-NQ/TW</0>; <1>30/2020/ND-CP</1>; <2>64/2025/QH15</2>.",
    refs: [
      { code: "57-NQ/TW", documentType: "resolution" },
      { code: "30/2020/NĐ-CP", documentType: "decree", issuer: "government" },
      { code: "64/2025/QH15", issuer: "national-assembly" },
    ],
    covers: "code-only",
  },
  {
    text: "<0>Decree 78/2025/ND-CP</0> was amended by <1>Decree 187/2025/ND-CP</1>.",
    refs: [
      { code: "78/2025/NĐ-CP", documentType: "decree", issuer: "government" },
      { code: "187/2025/NĐ-CP", documentType: "decree", issuer: "government" },
    ],
    covers: "two-phrases",
  },
  {
    text: "<0>Law No. 64/2025/QH15</0> was amended by <1>Law No. 87/2025/QH15</1>.",
    refs: [
      { code: "64/2025/QH15", documentType: "law", issuer: "national-assembly" },
      { code: "87/2025/QH15", documentType: "law", issuer: "national-assembly" },
    ],
    covers: "two-phrases",
    articleDate: "2025-08-01",
  },
  {
    text: "<0>Decision 40/2026/QD-UBND</0> replaces <1>Decision 12/2021/QD-UBND</1>.",
    refs: [
      { code: "40/2026/QĐ-UBND", documentType: "decision", issuer: "peoples-committee" },
      { code: "12/2021/QĐ-UBND", documentType: "decision", issuer: "peoples-committee" },
    ],
    covers: "two-phrases",
    articleDate: "2026-04-01",
  },
  {
    text: "Both <0>Resolution No. 18-NQ/TW</0> and <1>19-NQ/TW</1> were adopted at the sixth plenum.",
    refs: [
      { code: "18-NQ/TW", documentType: "resolution" },
      { code: "19-NQ/TW", documentType: "resolution" },
    ],
    covers: "list",
  },

  // Line breaks, glued codes, quotes and parentheses.
  {
    text: "The province keeps implementing <0>Resolution 57-NQ/\nTW</0> this year.",
    refs: [{ code: "57-NQ/TW", documentType: "resolution" }],
    covers: "line-break-in-code",
  },
  {
    text: "Cells studied <0>Resolution\nNo. 57-NQ/TW</0> in depth.",
    refs: [{ code: "57-NQ/TW", documentType: "resolution" }],
    covers: "line-break-before-number",
  },
  {
    text: "The department reported on <0>Resolution No. 59-NQ/TW\ndated January 24, 2025 of the Politburo on international integration</0>.",
    refs: [
      {
        code: "59-NQ/TW",
        documentType: "resolution",
        date: "2025-01-24",
        issuer: "politburo",
        title: "international integration",
      },
    ],
    covers: "line-break-before-date",
  },
  {
    text: "Following <0>Conclusion No. 123-KL/TW of the Party\nCentral Committee</0>, the province aimed at 8%.",
    refs: [{ code: "123-KL/TW", documentType: "conclusion", issuer: "party-central-committee" }],
    covers: "line-break-in-issuer",
  },
  {
    text: "The spirit of <0>Resolution 18-NQ/TWon a leaner apparatus</0>, was stressed.",
    refs: [{ code: "18-NQ/TW", documentType: "resolution", title: "a leaner apparatus" }],
    covers: "glued-next-word",
  },
  {
    text: "Attached to <0>Decision No.1234/QD-UBND</0>, the list was published.",
    refs: [{ code: "1234/QĐ-UBND", documentType: "decision" }],
    covers: "glued-no",
  },
  {
    text: "The header reads <0>No.57-NQ/TW</0> in the left corner.",
    refs: [{ code: "57-NQ/TW" }],
    covers: "glued-no",
  },
  {
    text: "The province spread <0>Directive 45-CT/TW</0>and the standing board's plan.",
    refs: [{ code: "45-CT/TW", documentType: "directive" }],
    covers: "glued-next-word",
    articleDate: "2025-05-01",
  },
  {
    text: 'Newspapers call "<0>Resolution 57</0>" a turning point for science.',
    refs: [{ resolvedCode: "57-NQ/TW", documentType: "resolution" }],
    covers: "quotes, mention-catalogue",
  },
  {
    text: "The file shows “<0>96-QD/TW</0>” and (<1>89/NQ-HDND</1>) on page one.",
    refs: [{ code: "96-QĐ/TW" }, { code: "89/NQ-HĐND", documentType: "resolution", issuer: "peoples-council" }],
    covers: "quotes, parentheses, no-diacritics",
  },
  {
    text: "The resolution on the private economy (<0>68-NQ/TW</0>) was welcomed by firms.",
    refs: [{ code: "68-NQ/TW", documentType: "resolution" }],
    covers: "parentheses",
    articleDate: "2025-06-01",
  },
  {
    text: "New policies (under <0>Resolution 71-NQ/TW</0>) favour education.",
    refs: [{ code: "71-NQ/TW", documentType: "resolution" }],
    covers: "parentheses",
    articleDate: "2025-10-01",
  },
  {
    text: 'Members must know <0>Regulation 37-QD/TW "On what Party members must not do"</0>.',
    refs: [{ code: "37-QĐ/TW", documentType: "regulation", title: "On what Party members must not do" }],
    covers: "title-quoted",
  },
  {
    text: '<0>Resolution 68-NQ/TW on "private economic development"</0> drew praise from business.',
    refs: [{ code: "68-NQ/TW", documentType: "resolution", title: "private economic development" }],
    covers: "title-on-quoted",
    articleDate: "2025-06-01",
  },
  {
    text: "<0>Guideline 36-HD/VPTW “On the format and presentation of Party documents”</0> lapsed in 2026.",
    refs: [
      {
        code: "36-HD/VPTW",
        documentType: "guideline",
        issuer: "party-central-office",
        title: "On the format and presentation of Party documents",
      },
    ],
    covers: "title-quoted-curly",
  },
  {
    text: "Directors met on Monday regarding <0>Decree No. 30/2020/ND-CP</0>.",
    refs: [{ code: "30/2020/NĐ-CP", documentType: "decree" }],
    covers: "regarding-before",
  },

  // Look-alikes and mistyped forms.
  {
    text: "Staff filed <0>Decision No. 215/QÐ-UBND</0> on time.",
    refs: [{ code: "215/QĐ-UBND", documentType: "decision", warnings: ["LOOKALIKE_REPAIRED"] }],
    covers: "lookalike-eth",
  },
  {
    text: "Under <0>Resolution 57-NQ/ТW</0>, a board was formed.",
    refs: [{ code: "57-NQ/TW", documentType: "resolution" }],
    covers: "lookalike-cyrillic",
  },
  {
    text: "<0>Resolution No. 57 – NQ/TW</0> is cited often.",
    refs: [{ code: "57-NQ/TW", documentType: "resolution", warnings: ["DASH_REPAIRED", "SPACING_REPAIRED"] }],
    covers: "lookalike-dash, spacing",
  },
  {
    text: "<0>Directive 45‑CT/TW</0> has been issued.",
    refs: [{ code: "45-CT/TW", documentType: "directive" }],
    covers: "lookalike-dash",
    articleDate: "2025-05-01",
  },
  {
    text: "<0>Resolution No.\u00a057-NQ/TW</0> is a breakthrough.",
    refs: [{ code: "57-NQ/TW", documentType: "resolution" }],
    covers: "nbsp",
  },
  {
    text: "<0>Decree 30 / 2020 / ND - CP</0> governs filing.",
    refs: [{ code: "30/2020/NĐ-CP", documentType: "decree" }],
    covers: "spacing",
  },
  {
    text: "Document <0>57-nq/tw</0> has been digitised.",
    refs: [{ code: "57-NQ/TW", warnings: ["CASE_REPAIRED"] }],
    covers: "lower-case-code",
  },
  {
    text: "The guidance cites <0>Regulation 96/QD-TW on votes of confidence</0>.",
    refs: [{ code: "96-QĐ/TW", documentType: "regulation", title: "votes of confidence" }],
    covers: "party-code-state-separators",
  },
  {
    text: "The draft wrongly wrote <0>Resolution No. 57/NQ-TW</0> in two places.",
    refs: [{ code: "57-NQ/TW", documentType: "resolution" }],
    covers: "party-code-state-separators",
  },
  {
    text: "IMPLEMENTING <0>RESOLUTION NO. 57-NQ/TW OF THE POLITBURO</0> IN EDUCATION",
    refs: [{ code: "57-NQ/TW", documentType: "resolution", issuer: "politburo" }],
    covers: "upper-case",
  },
  {
    text: "<0>Resolution No 57-NQ/TW</0> was quoted without a dot.",
    refs: [{ code: "57-NQ/TW", documentType: "resolution" }],
    covers: "marker-no-dot",
  },
  {
    text: "<0>Resolution Number 57-NQ/TW</0> was spelled out in full.",
    refs: [{ code: "57-NQ/TW", documentType: "resolution" }],
    covers: "marker-number",
  },

  // Many kinds of codes.
  {
    text: "The ordinance was promulgated by <0>Order No. 23-L/CTN</0> in 1998.",
    refs: [{ code: "23-L/CTN", documentType: "order", issuer: "state-president" }],
    covers: "historical-state-hyphen",
  },
  {
    text: "The two commissions apply <0>Rules No. 05-QC/BTCTU-BDVTU on coordination</0>.",
    refs: [{ code: "05-QC/BTCTU-BDVTU", documentType: "rules", title: "coordination" }],
    covers: "joint-party",
  },
  {
    text: "<0>Joint Circular 163/2013/TTLT-BTC-BNV</0> is no longer in force.",
    refs: [{ code: "163/2013/TTLT-BTC-BNV", documentType: "joint-circular" }],
    covers: "joint-state",
  },
  {
    text: "<0>Resolution No. 1656/NQ-UBTVQH15</0> rearranged the communes of Hanoi.",
    refs: [{ code: "1656/NQ-UBTVQH15", documentType: "resolution", issuer: "national-assembly-standing-committee" }],
    covers: "standing-committee",
    articleDate: "2025-07-01",
  },
  {
    text: "<0>Ordinance No. 07/2025/UBTVQH15</0> was passed at the session.",
    refs: [{ code: "07/2025/UBTVQH15", documentType: "ordinance", issuer: "national-assembly-standing-committee" }],
    covers: "ordinance",
  },
  {
    text: "<0>Resolution 847-NQ/QUTW dated December 28, 2021 of the Central Military Commission on soldiers' qualities</0>.",
    refs: [
      {
        code: "847-NQ/QUTW",
        documentType: "resolution",
        date: "2021-12-28",
        issuer: "central-military-commission",
        title: "soldiers' qualities",
      },
    ],
    covers: "military",
  },
  {
    text: "<0>Decision No. 06-QDNS/TW dated February 18, 2021</0> concerned personnel.",
    refs: [{ code: "06-QĐNS/TW", documentType: "decision", date: "2021-02-18" }],
    covers: "personnel-decision, no-diacritics",
  },
  {
    text: "<0>Official Letter 8011-CV/BTCTW</0> explained the rearrangement.",
    refs: [{ code: "8011-CV/BTCTW", documentType: "official-letter", issuer: "party-organisation-commission" }],
    covers: "party-official-letter",
  },
  {
    text: "<0>Conclusion Notice No. 81-TB/TW dated July 18, 2025 of the Politburo</0> took effect at once.",
    refs: [{ code: "81-TB/TW", documentType: "notice", date: "2025-07-18", issuer: "politburo" }],
    covers: "notice",
    articleDate: "2025-08-01",
  },
  {
    text: "<0>Directive No. 01-CT/TW dated January 23, 2026 of the Politburo</0> was the first after the 14th Congress.",
    refs: [{ code: "01-CT/TW", documentType: "directive", date: "2026-01-23", issuer: "politburo" }],
    covers: "new-term-numbering",
    articleDate: "2026-02-01",
  },
  {
    text: "<0>Resolution 298/NQ-CP dated September 26, 2025 of the Government</0> assigned tasks to ministries.",
    refs: [{ code: "298/NQ-CP", documentType: "resolution", date: "2025-09-26", issuer: "government" }],
    covers: "government-resolution",
    articleDate: "2025-10-01",
  },
  {
    text: "Members must follow <0>Regulation No. 22-QD/TW dated July 28, 2021 of the Party Central Committee</0>.",
    refs: [{ code: "22-QĐ/TW", documentType: "regulation", date: "2021-07-28", issuer: "party-central-committee" }],
    covers: "regulation",
  },
  {
    text: "<0>Conclusion 34-KL/TW dated April 18, 2022 of the Politburo</0> shaped the inspection strategy.",
    refs: [{ code: "34-KL/TW", documentType: "conclusion", date: "2022-04-18", issuer: "politburo" }],
    covers: "phrase",
  },
  {
    text: "Public service units were reorganised under <0>Resolution 19-NQ/TW</0>.",
    refs: [{ code: "19-NQ/TW", documentType: "resolution" }],
    covers: "short",
  },
  {
    text: "<0>Resolution No. 27-NQ/TW dated May 21, 2018 on salary policy reform</0> (adopted in 2018) remains the basis.",
    refs: [{ code: "27-NQ/TW", documentType: "resolution", date: "2018-05-21", title: "salary policy reform" }],
    covers: "title-on",
  },
  {
    text: "Strategic cadre work follows <0>Resolution 26-NQ/TW</0>.",
    refs: [{ code: "26-NQ/TW", documentType: "resolution" }],
    covers: "short",
  },
  {
    text: "<0>Resolution 66-NQ/TW dated April 30, 2025 of the Politburo</0> stresses law-making reform.",
    refs: [{ code: "66-NQ/TW", documentType: "resolution", date: "2025-04-30", issuer: "politburo" }],
    covers: "phrase",
    articleDate: "2025-06-01",
  },
  {
    text: "<0>Conclusion 230-KL/TW</0> asks to streamline mass associations.",
    refs: [{ code: "230-KL/TW", documentType: "conclusion" }],
    covers: "short",
    articleDate: "2026-02-01",
  },
  {
    text: "The General Secretary handed over <0>Decision No. 243-QD/TW dated January 24, 2025 of the Politburo on establishing the Government Party Organisation</0>.",
    refs: [
      {
        code: "243-QĐ/TW",
        documentType: "decision",
        date: "2025-01-24",
        issuer: "politburo",
        title: "establishing the Government Party Organisation",
      },
    ],
    covers: "title-on",
  },
  {
    text: "Elections follow <0>Joint Resolution No. 102/2025/NQLT-UBTVQH15-CP-DCTUBTWMTTQVN</0>.",
    refs: [{ code: "102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN", documentType: "joint-resolution" }],
    covers: "joint-state, no-diacritics",
  },
  {
    text: "<0>Consolidated Text No. 121/VBHN-VPQH</0> merges the amendments.",
    refs: [{ code: "121/VBHN-VPQH", documentType: "consolidated-text", issuer: "national-assembly-office" }],
    covers: "consolidated-text",
  },
  {
    text: "<0>Resolution No. 110/2025/UBTVQH15 of the National Assembly Standing Committee</0> took effect at once.",
    refs: [{ code: "110/2025/UBTVQH15", documentType: "resolution", issuer: "national-assembly-standing-committee" }],
    covers: "standing-committee",
  },
  {
    text: "<0>Resolution No. 15/2025/NQ-HDND</0> sets support levels for villages.",
    refs: [{ code: "15/2025/NQ-HĐND", documentType: "resolution", issuer: "peoples-council" }],
    covers: "hdnd-normative, no-diacritics",
  },
  {
    text: "<0>Report No. 76-BC/HU</0> reviewed the results of 2024.",
    refs: [{ code: "76-BC/HU", documentType: "report", issuer: "district-party-committee" }],
    covers: "report",
  },
  {
    text: "<0>Submission No. 12/TTr-UBND</0> asks the council for approval.",
    refs: [{ code: "12/TTr-UBND", documentType: "submission", issuer: "peoples-committee" }],
    covers: "submission",
  },
  {
    text: "<0>Plan No. 15-KH/TU dated March 10, 2025 of the Provincial Party Standing Committee</0> rolls out <1>Resolution 57</1>.",
    refs: [
      { code: "15-KH/TU", documentType: "plan", date: "2025-03-10", issuer: "provincial-party-committee" },
      { resolvedCode: "57-NQ/TW", documentType: "resolution" },
    ],
    covers: "plan, mention-catalogue",
  },
  {
    text: "The Party Committee issued a programme to implement <0>Resolution No. 57-NQ/TW</0>; a digital steering board was set up.",
    refs: [{ code: "57-NQ/TW", documentType: "resolution" }],
    covers: "seed-repeat",
  },
  {
    text: "According to Article 7 of <0>Decree 30/2020/ND-CP</0>, numbers are written in Arabic digits.",
    refs: [{ code: "30/2020/NĐ-CP", documentType: "decree" }],
    covers: "article-number-distractor",
  },
  {
    text: "Clause 2, Article 15 of <0>Law No. 80/2015/QH13</0> has expired.",
    refs: [{ code: "80/2015/QH13", documentType: "law", issuer: "national-assembly" }],
    covers: "article-number-distractor",
  },
  {
    text: "Council resolutions use Form No. 17 attached to <0>Decree 78/2025/ND-CP</0>.",
    refs: [{ code: "78/2025/NĐ-CP", documentType: "decree" }],
    covers: "form-number-distractor",
  },
  {
    text: "<0>Resolution No. 57-NQ/TW</0> and <1>Decree No. 30/2020/ND-CP</1> were both discussed by the Government Party Committee.",
    refs: [
      { code: "57-NQ/TW", documentType: "resolution" },
      { code: "30/2020/NĐ-CP", documentType: "decree" },
    ],
    covers: "two-phrases",
  },

  {
    text: "Under <0>Resolution No. 57-NQ/TW on science and technology</0>, the province said it would double its spending.",
    refs: [{ code: "57-NQ/TW", documentType: "resolution", title: "science and technology" }],
    covers: "title-on-comma-clause",
  },
  {
    text: "The board studied <0>Decree No. 30/2020/ND-CP on clerical work, archives and records</0>.",
    refs: [
      {
        code: "30/2020/NĐ-CP",
        documentType: "decree",
        title: "clerical work, archives and records",
        warnings: ["DIACRITICS_REPAIRED"],
      },
    ],
    covers: "title-on-enumeration",
  },
  {
    text: "Schools give priority to <0>Resolution 71-NQ/TW</0>.",
    refs: [{ code: "71-NQ/TW", documentType: "resolution", date: null, documentDate: "2025-08-22" }],
    covers: "catalogue-date",
    articleDate: "2025-10-01",
  },

  // Distractors.
  {
    text: "On March 6, Inspection Delegation No. 1922 of the Politburo met the province.",
    refs: [],
    covers: "distractor-delegation",
  },
  {
    text: "Working Group No. 1920 of the Politburo approved the draft report.",
    refs: [],
    covers: "distractor-delegation",
  },
  { text: "Storm No. 3 brought heavy rain to the north.", refs: [], covers: "distractor-storm" },
  { text: "Typhoon Yagi, known locally as storm No. 3, hit the coast.", refs: [], covers: "distractor-storm" },
  { text: "Project 06 on population data reached every commune.", refs: [], covers: "distractor-project" },
  { text: "Residents fill in Form No. 01 and Form No. 02a.", refs: [], covers: "distractor-form" },
  {
    text: "The court upheld Judgment No. 12/2024/HS-ST and Case No. 45/2023/DS-PT.",
    refs: [],
    covers: "distractor-court",
  },
  { text: "Buildings must meet QCVN 06:2022/BXD and TCVN 5574:2018.", refs: [], covers: "distractor-standard" },
  { text: "Call 0912-345-678 or the hotline 1900-6868 with questions.", refs: [], covers: "distractor-phone" },
  { text: "Tel: 0260.3862.123; fax: 0260-3862-456.", refs: [], covers: "distractor-phone" },
  {
    text: "The meeting ran from 22/12/2024 to 24-12-2024 and reviewed the 2021-2025 period.",
    refs: [],
    covers: "distractor-date",
  },
  {
    text: "Quang Ninh achieved 15/15 targets and integrated 1,436/1,770 procedures.",
    refs: [],
    covers: "distractor-ratio",
  },
  { text: "Photo 6-3-2025-PTD: the Vice Chairman speaks at the meeting.", refs: [], covers: "distractor-photo-id" },
  { text: "Updated 14:34, 17/03/2025, Hanoi time.", refs: [], covers: "distractor-date" },
  {
    text: "He praised the results of the directives and resolutions of the Provincial Party Committee.",
    refs: [],
    covers: "distractor-generic",
  },
  {
    text: "The targets of the Resolution of the 16th Provincial Party Congress call for 8% growth.",
    refs: [],
    covers: "distractor-no-number",
  },
  {
    text: "National Highway 14 and the Quang Ngai - Kon Tum expressway will be upgraded in 2021-2030.",
    refs: [],
    covers: "distractor-road",
  },
  { text: "The car with plate 30A-123.45 was speeding.", refs: [], covers: "distractor-plate" },
  {
    text: "Four provinces shrank: Ba Ria - Vung Tau (-1.02%), Lai Chau (-2.27%) and Bac Ninh (-9.28%).",
    refs: [],
    covers: "distractor-percent",
  },
  { text: "Budget revenue reached VND 3,312 billion, 69% above the estimate.", refs: [], covers: "distractor-money" },
  {
    text: "The 9th session of the 15th National Assembly opened on May 5, 2025.",
    refs: [],
    covers: "distractor-session",
  },
  {
    text: "The 4th plenum's resolution of the 12th tenure dealt with Party building.",
    refs: [],
    covers: "distractor-plenum-number",
  },
  { text: "The decision was announced in Room 301.", refs: [], covers: "distractor-room" },
  { text: "The plan for 2026-2030 was approved.", refs: [], covers: "distractor-years" },
  { text: "Km 15+200 of the road was rebuilt.", refs: [], covers: "distractor-chainage" },
  {
    text: "The Government issued the decree 2 weeks ago.",
    refs: [],
    covers: "distractor-noun-count",
  },
  { text: "COVID-19 and the BA.2 variant slowed the works.", refs: [], covers: "distractor-glued-digits" },
  { text: "4G covers every village and 5G the city centre.", refs: [], covers: "distractor-glued-digits" },
  { text: "The G20 summit and APEC 2027 were on the agenda.", refs: [], covers: "distractor-glued-digits" },
  {
    text: "Retail sales grew 10% to 15%, with farming up 2 - 5% and revenue short by 10-20%.",
    refs: [],
    covers: "distractor-ranges",
  },
];
