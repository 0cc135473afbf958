/**
 * Meeting extraction over news-like text, against one global regex scan for the trigger words over the same text,
 * and its growth on an adversarial input (trigger words, ordinals and terms everywhere, no sentence ends). The
 * "own share" line passes the organs, people and documents in, as `extract` can, so that only the meetings'
 * own reading is measured.
 */
import { extractMeetings } from "../src/meetings/index.js";
import { extractOrgans } from "../src/organs/index.js";
import { extractPeople } from "../src/positions/index.js";
import { extractDocumentReferences } from "../src/references/index.js";
import { mixedText } from "./corpus.js";
import { type ComparisonResult, compare, growth } from "./harness.js";

const TRIGGERS = /hội nghị|đại hội|kỳ họp|buổi làm việc|đoàn kiểm tra|conference|congress|session|delegation/giu;

function countTriggers(text: string): number {
  let count = 0;
  TRIGGERS.lastIndex = 0;
  while (TRIGGERS.exec(text) !== null) count += 1;
  return count;
}

// Our own sentence, one paragraph: every meeting kind, with ordinals, terms, numbers and a chair.
const MEETINGS_PARAGRAPH =
  "Sáng 12/4/2025, Hội nghị Trung ương lần thứ 11, khóa XIII do đồng chí Tổng Bí thư chủ trì đã bế mạc. " +
  "Đoàn kiểm tra số 1922 của Bộ Chính trị có buổi làm việc với Ban Thường vụ Tỉnh ủy Kon Tum.\n";

function adversarial(bytes: number): string {
  const pieces = ["Hội nghị lần thứ ", "XIII khóa ", "Đại hội ", "kỳ họp thứ 9 Quốc hội ", "the 14th ", "Congress "];
  let out = "";
  for (let i = 0; out.length < bytes; i += 1) out += pieces[i % pieces.length];
  return out;
}

/** The meetings section of `npm run bench`. */
export async function benchMeetings(): Promise<ComparisonResult[]> {
  const news = mixedText(1_000_000);
  const dated = { articleDate: "2025-04-20" } as const;
  const withMeetings = MEETINGS_PARAGRAPH.repeat(Math.ceil(100_000 / MEETINGS_PARAGRAPH.length));
  const shared = { language: "auto", articleDate: "2025-04-20" } as const;
  const mentions = {
    organs: extractOrgans(withMeetings, shared),
    people: extractPeople(withMeetings, shared),
    references: extractDocumentReferences(withMeetings, shared),
  };
  return [
    await compare({
      name: "extractMeetings (1 MB news)",
      baselineName: "one global trigger-word regex scan",
      baseline: () => countTriggers(news),
      candidate: () => extractMeetings(news, dated),
      bytesPerCall: news.length,
    }),
    await compare({
      name: "extractMeetings, meeting-dense 100 kB",
      baselineName: "one global trigger-word regex scan",
      baseline: () => countTriggers(withMeetings),
      candidate: () => extractMeetings(withMeetings, dated),
      bytesPerCall: withMeetings.length,
    }),
    await compare({
      name: "  own share (mentions passed in)",
      baselineName: "one global trigger-word regex scan",
      baseline: () => countTriggers(withMeetings),
      candidate: () => extractMeetings(withMeetings, { ...dated, mentions }),
      bytesPerCall: withMeetings.length,
    }),
    await growth("extractMeetings adversarial 200 kB", (input) => extractMeetings(input, dated), adversarial(200_000)),
  ];
}
