/**
 * Benchmark inputs written for this project (our own sentences, not copied from any article), repeated to size.
 */
const VIETNAMESE = [
  "Sáng ngày 14 tháng 3 năm 2025, Ban Thường vụ Tỉnh ủy họp để rà soát kết quả thực hiện Nghị quyết số 57-NQ/TW.",
  "Tổng sản phẩm trên địa bàn ước tăng 7,35%, thu ngân sách đạt 18.250 tỷ đồng, bằng 104,6% dự toán.",
  "Ủy ban nhân dân tỉnh ban hành Quyết định số 1234/QĐ-UBND về kế hoạch chuyển đổi số năm 2025.",
  "Vốn đầu tư công giải ngân được 62,4% kế hoạch; kim ngạch xuất khẩu đạt 1.585 triệu USD, tăng 12,1%.",
  "Đồng chí Phó Bí thư Thường trực Tỉnh ủy chủ trì hội nghị; dự có lãnh đạo Hội đồng nhân dân tỉnh.",
];

const ENGLISH = [
  "On March 14, 2025, the Standing Board of the Provincial Party Committee reviewed Resolution No. 57-NQ/TW.",
  "The province's GRDP grew by an estimated 7.35%, while budget revenue reached VND 18,250 billion.",
  "The People's Committee issued Decision No. 1234/QD-UBND on the 2025 digital transformation plan.",
  "Disbursement of public investment reached 62.4% of the plan; exports were worth USD 1,585 million.",
];

function repeatTo(sentences: readonly string[], bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i += 1) {
    const sentence = sentences[i % sentences.length] ?? "";
    parts.push(sentence);
    size += sentence.length + 1;
  }
  return parts.join(" ");
}

/** About `bytes` UTF-16 code units of Vietnamese news prose. */
export function vietnameseText(bytes: number): string {
  return repeatTo(VIETNAMESE, bytes);
}

/** About `bytes` UTF-16 code units of English news prose. */
export function englishText(bytes: number): string {
  return repeatTo(ENGLISH, bytes);
}

/** About `bytes` of mixed Vietnamese and English prose. */
export function mixedText(bytes: number): string {
  return repeatTo([...VIETNAMESE, ...ENGLISH], bytes);
}
