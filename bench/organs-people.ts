/** Organ and people extraction throughput on a 1 MB text built from our own example sentences, and its growth. */
import { extractOrgans, extractPeople } from "../src/index.js";
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

export async function benchOrgansPeople(): Promise<ComparisonResult[]> {
  const text = megabyte();
  return [
    await compare({
      name: "extractOrgans, 1 MB of example sentences",
      baselineName: "one /\\p{Lu}\\p{L}*/gu scan",
      baseline: () => text.match(/\p{Lu}\p{L}*/gu),
      candidate: () => extractOrgans(text, { asOf: "2025-03-06" }),
      bytesPerCall: text.length,
    }),
    await compare({
      name: "extractPeople, 1 MB of example sentences",
      baselineName: "one /\\p{Lu}\\p{L}*/gu scan",
      baseline: () => text.match(/\p{Lu}\p{L}*/gu),
      candidate: () => extractPeople(text, { asOf: "2025-03-06" }),
      bytesPerCall: text.length,
    }),
    await growth("extractPeople growth, 1 MB → 2 MB", (input) => extractPeople(input), text),
  ];
}
