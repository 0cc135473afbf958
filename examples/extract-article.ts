/**
 * The main job: one call over an article gives every fact, linked by ids — who took part in which meeting, which
 * organ issued which document, which place a figure belongs to — and a JSON form other languages can read.
 * Run: npx tsx examples/extract-article.ts
 */
import { extract } from "vnpolity";

const article = [
  "Cao Bằng, 14/10/2025",
  "",
  "Ngày 14/10/2025, Hội nghị lần thứ hai Ban Chấp hành Đảng bộ tỉnh Cao Bằng khóa XX, nhiệm kỳ 2025-2030 khai mạc " +
    "dưới sự chủ trì của đồng chí Quân Minh Cường, Bí thư Tỉnh ủy.",
  "Chín tháng năm 2025, tốc độ tăng trưởng GRDP của tỉnh ước đạt 6,52%, chỉ tiêu cả năm là 8% trở lên.",
  "Hội nghị quán triệt Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII.",
].join("\n");

const facts = extract(article);
console.log(`language ${facts.language}, article date ${facts.articleDate}`);

const byId = new Map<string, string>();
for (const [index, person] of facts.people.entries()) byId.set(`person:${index}`, person.name);

for (const meeting of facts.meetings) {
  const chair = meeting.chair?.personRef === undefined ? "?" : byId.get(meeting.chair.personRef);
  console.log(`${meeting.kind} no. ${meeting.ordinal ?? "?"} on ${meeting.date ?? "?"}, chaired by ${chair}`);
}
for (const document of facts.documents) console.log(`cites ${document.code?.canonical ?? document.resolvedCode}`);
for (const statement of facts.statements) {
  console.log(`${statement.indicator.name.en}: ${statement.actual?.text} against ${statement.target?.text}`);
}

// The JSON form: plain data, the same shape as docs/article-facts.schema.json describes.
console.log(JSON.stringify(facts).length > 0);
