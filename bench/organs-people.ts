/**
 * Organ and people extraction throughput on a 1 MB text built from our own example sentences (dense with organs,
 * titles and names: about one organ every ten tokens), each against one plain regex scan over the same text in the
 * same run, and growth on news-like and adversarial inputs.
 *
 * The bars are ratios to the regex scan, so they hold on a busy machine: the scan reads about 60–70 MB/s on a quiet
 * core, so 4x is about 16 MB/s. `extractOrgans` includes one `extractPlaces` pass (about 1.5x the scan on its
 * own) once a local organ needs its place; `extractPeople` includes `extractOrgans`.
 */
import { extractOrgans, extractPeople, scanTokens } from "../src/index.js";
import { type ComparisonResult, compare, growth } from "./harness.js";

const SENTENCES = [
  "Tiếp đoàn có ông Lê Ngọc Tuấn, Phó Bí thư Tỉnh ủy, Bí thư Đảng ủy UBND tỉnh, Chủ tịch UBND tỉnh Kon Tum. ",
  "Comrade Le Minh Hung, Politburo member, Secretary of the Party Central Committee, Head of the Central Organization Commission, chaired the session. ",
  "Vice Chairman of the Central Committee of the Vietnam Fatherland Front Tran Viet Truong met the Kon Tum Provincial People's Committee. ",
  "Nghị quyết của HĐND tỉnh về phát triển kinh tế - xã hội năm 2025 đã được Ban Thường vụ Tỉnh ủy thông qua. ",
];

function megabyte(): string {
  let text = "";
  for (let i = 0; text.length < 1_000_000; i++) text += SENTENCES[i % SENTENCES.length];
  return text;
}

// Every word distinct: past the per-call table of distinct words, each is folded on its own.
function distinctWords(count: number): string {
  const words: string[] = [];
  for (let i = 0; i < count; i++) words.push(`Tỉnh${i.toString(36)}`);
  return words.join(" ");
}

const SCAN = /\p{Lu}\p{L}*/gu;
const BASELINE = "one /\\p{Lu}\\p{L}*/gu scan";

/** The organs-and-people section of `npm run bench`. */
export async function benchOrgansPeople(): Promise<ComparisonResult[]> {
  const text = megabyte();
  const tokens = scanTokens(text);
  // Title chains with no name, capitalised runs that are almost names, honorifics with nothing after them.
  const titles = "Phó Bí thư Thường trực Tỉnh ủy, Ủy viên Ban Thường vụ, ".repeat(9_000);
  const names = "Ông Lê Văn An Bình Chi Dũng Comrade Mr. Ủy ban nhân dân of the ".repeat(8_000);
  return [
    await compare({
      name: "scanTokens, 1 MB of example sentences",
      baselineName: BASELINE,
      baseline: () => text.match(SCAN),
      candidate: () => scanTokens(text),
      bytesPerCall: text.length,
      maxRatio: 2,
    }),
    await compare({
      name: "extractOrgans, 1 MB of example sentences",
      baselineName: BASELINE,
      baseline: () => text.match(SCAN),
      candidate: () => extractOrgans(text, { asOf: "2025-03-06" }),
      bytesPerCall: text.length,
      maxRatio: 5,
    }),
    await compare({
      name: "extractPeople, 1 MB of example sentences",
      baselineName: BASELINE,
      baseline: () => text.match(SCAN),
      candidate: () => extractPeople(text, { asOf: "2025-03-06" }),
      bytesPerCall: text.length,
      maxRatio: 8,
    }),
    await compare({
      name: "extractPeople, same, tokens given",
      baselineName: BASELINE,
      baseline: () => text.match(SCAN),
      candidate: () => extractPeople(text, { asOf: "2025-03-06", tokens }),
      bytesPerCall: text.length,
      maxRatio: 8,
    }),
    await growth("extractOrgans growth, 1 MB → 2 MB", (input) => extractOrgans(input), text),
    await growth("extractPeople growth, 1 MB → 2 MB", (input) => extractPeople(input), text),
    await growth("extractPeople, title chains", (input) => extractPeople(input), titles),
    await growth("extractPeople, almost-names", (input) => extractPeople(input), names),
    await growth("extractOrgans, distinct words", (input) => extractOrgans(input), distinctWords(100_000)),
  ];
}
