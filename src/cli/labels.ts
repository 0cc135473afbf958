import type { Locale, Localized } from "../core/index.js";

/*
 * Words of the readable reports, in both locales. The domain's own names (organs, document genres, provinces,
 * attainment statuses) come from the library's catalogues; these are only the report's captions and notes.
 */
const LABELS = Object.freeze({
  // code
  canonical: { vi: "Dạng chuẩn", en: "Canonical" },
  system: { vi: "Hệ thống", en: "System" },
  form: { vi: "Dạng", en: "Form" },
  type: { vi: "Loại văn bản", en: "Document type" },
  issuer: { vi: "Cơ quan ban hành", en: "Issuer" },
  number: { vi: "Số", en: "Number" },
  year: { vi: "Năm", en: "Year" },
  term: { vi: "Khóa", en: "Term" },
  repairs: { vi: "Sửa lỗi, cảnh báo", en: "Repairs, warnings" },
  none: { vi: "không có", en: "none" },
  notWritten: { vi: "không ghi", en: "not written" },
  "system.party": { vi: "Đảng", en: "Party" },
  "system.state": { vi: "Nhà nước", en: "State" },
  "form.party": { vi: "số hiệu văn bản của Đảng (số-LOẠI/CƠ QUAN)", en: "Party code (number-TYPE/ISSUER)" },
  "form.normative": {
    vi: "số hiệu Nhà nước có năm (số/năm/LOẠI-CƠ QUAN)",
    en: "State code with a year (number/year/TYPE-ISSUER)",
  },
  "form.administrative": {
    vi: "số hiệu Nhà nước không có năm (số/LOẠI-CƠ QUAN)",
    en: "State code without a year (number/TYPE-ISSUER)",
  },
  "form.historical": { vi: "số hiệu Nhà nước kiểu cũ (số-LOẠI/CƠ QUAN)", en: "older State code (number-TYPE/ISSUER)" },
  "role.co-issuer": { vi: "cơ quan liên tịch", en: "co-issuer" },
  "role.unit": { vi: "đơn vị soạn thảo", en: "drafting unit" },
  notCatalogued: { vi: "không có trong danh mục", en: "not in the catalogue" },
  partyYear: {
    vi: "không ghi; số văn bản của Đảng đánh lại theo từng khóa Ban Chấp hành Trung ương",
    en: "not written; Party numbers restart with each Central Committee term",
  },
  stateYear: { vi: "không ghi; số văn bản đánh lại hằng năm", en: "not written; numbers restart every year" },
  nationalAssemblyTerm: { vi: "Quốc hội khóa {n}", en: "National Assembly term {n}" },

  // attainment
  target: { vi: "Chỉ tiêu", en: "Target" },
  actual: { vi: "Kết quả", en: "Actual" },
  status: { vi: "Đánh giá", en: "Status" },
  band: { vi: "Mức tiến độ", en: "Progress band" },
  ratio: { vi: "Tỷ lệ so với chỉ tiêu", en: "Ratio to target" },
  performance: { vi: "Mức thực hiện", en: "Performance" },
  gap: { vi: "Chênh lệch", en: "Gap" },
  position: { vi: "Vị trí trong khoảng", en: "Position in range" },
  "direction.higher": { vi: "càng cao càng tốt", en: "higher is better" },
  "direction.lower": { vi: "càng thấp càng tốt", en: "lower is better" },
  "direction.band": { vi: "nằm trong khoảng", en: "within the band" },
  approximate: { vi: "xấp xỉ", en: "approximate" },
  "change.increase": { vi: "mức tăng", en: "an increase" },
  "change.decrease": { vi: "mức giảm", en: "a decrease" },
  reported: { vi: "mức hoàn thành được báo cáo", en: "reported attainment" },
  percentagePoints: { vi: "điểm phần trăm", en: "percentage points" },
  points: { vi: "điểm", en: "points" },
  times: { vi: "lần", en: "times" },
  "base.plan": { vi: "kế hoạch", en: "of plan" },
  "base.estimate": { vi: "dự toán", en: "of estimate" },
  "base.target": { vi: "chỉ tiêu", en: "of target" },
  "base.scenario": { vi: "kịch bản", en: "of scenario" },

  // province
  code: { vi: "Mã", en: "Code" },
  fullName: { vi: "Tên đầy đủ", en: "Full name" },
  unitType: { vi: "Loại đơn vị", en: "Type" },
  codeBasis: { vi: "Căn cứ mã số", en: "Code assigned by" },
  asOf: { vi: "Ngày tra cứu", en: "As of" },
  validFrom: { vi: "Hiệu lực từ", en: "In force from" },
  validUntil: { vi: "Hiệu lực đến trước", en: "In force until" },
  communes: { vi: "Đơn vị cấp xã", en: "Commune-level units" },
  "communes.detail": {
    vi: "{total} (phường: {ward}, xã: {commune}, đặc khu: {zone})",
    en: "{total} (wards: {ward}, communes: {commune}, special zones: {zone})",
  },
  seat: { vi: "Trung tâm chính trị - hành chính", en: "Political-administrative centre" },
  predecessors: { vi: "Đơn vị tiền thân", en: "Predecessors" },
  successors: { vi: "Đơn vị kế thừa", en: "Successors" },
  "status.current": { vi: "đang tồn tại", en: "in force" },
  "status.abolished": { vi: "không còn tồn tại (đã sắp xếp)", en: "no longer in force (rearranged)" },
  "status.future": { vi: "chưa được thành lập", en: "not yet formed" },
  "transfer.whole": { vi: "toàn bộ", en: "whole" },
  "transfer.partial": { vi: "một phần", en: "in part" },
  "type.province": { vi: "tỉnh", en: "province" },
  "type.city": { vi: "thành phố trực thuộc trung ương", en: "centrally governed city" },
  effective: { vi: "từ", en: "from" },
  adopted: { vi: "thông qua", en: "adopted" },

  // extract
  article: { vi: "Bài viết", en: "Article" },
  language: { vi: "Ngôn ngữ", en: "Language" },
  date: { vi: "Ngày", en: "Date" },
  documents: { vi: "Văn bản", en: "Documents" },
  people: { vi: "Nhân vật và chức vụ", en: "People and posts" },
  meetings: { vi: "Hội nghị, cuộc họp", en: "Meetings" },
  places: { vi: "Địa danh", en: "Places" },
  organs: { vi: "Cơ quan, tổ chức", en: "Organs" },
  indicators: { vi: "Chỉ tiêu và kết quả", en: "Indicators" },
  nothing: { vi: "(không có)", en: "(none)" },
  detected: { vi: "nhận diện từ văn bản", en: "detected" },
  given: { vi: "theo tùy chọn", en: "given" },
  dateline: { vi: "theo dòng ngày tháng", en: "from the dateline" },
  unknownDate: { vi: "không rõ", en: "unknown" },
  readAsOf: { vi: "đối chiếu danh mục tại ngày", en: "catalogues read as of" },
  "kind.plenum": { vi: "Hội nghị toàn thể", en: "Plenum" },
  "kind.congress": { vi: "Đại hội", en: "Congress" },
  "kind.na-session": { vi: "Kỳ họp Quốc hội", en: "National Assembly session" },
  "kind.working-session": { vi: "Buổi làm việc", en: "Working session" },
  "kind.conference": { vi: "Hội nghị", en: "Conference" },
  "kind.delegation": { vi: "Đoàn công tác", en: "Delegation" },
  meetingOrgans: { vi: "Cơ quan", en: "Organs" },
  chair: { vi: "Chủ trì", en: "Chaired by" },
  participants: { vi: "Thành phần", en: "Participants" },
  discussed: { vi: "Văn bản", en: "Documents" },
  ordinal: { vi: "lần thứ {n}", en: "no. {n}" },
  delegationNumber: { vi: "số {n}", en: "no. {n}" },
  inferred: { vi: "suy ra từ ngày", en: "inferred from the date" },
  mentions: { vi: "số lần nhắc: {n}", en: "mentions: {n}" },
  now: { vi: "nay", en: "now" },
  unchanged: { vi: "không đổi", en: "unchanged" },
  estimate: { vi: "ước tính", en: "estimate" },
  change: { vi: "Biến động", en: "Change" },
  "change.direction.increase": { vi: "tăng", en: "up" },
  "change.direction.decrease": { vi: "giảm", en: "down" },
  reportedShort: { vi: "Báo cáo", en: "Reported" },
  assessment: { vi: "Đánh giá", en: "Assessment" },
  period: { vi: "Kỳ", en: "Period" },
  issuedBy: { vi: "của", en: "by the" },
} as const satisfies Record<string, Localized>);

/**
 * A caption of the readable reports.
 *
 * @example
 * ```ts
 * const key: LabelKey = "canonical";
 * ```
 */
export type LabelKey = keyof typeof LABELS;

/**
 * A caption in a locale, with `{name}` placeholders filled in.
 *
 * @example
 * ```ts
 * label("canonical", "en"); // "Canonical"
 * label("nationalAssemblyTerm", "en", { n: "XV" }); // "National Assembly term XV"
 * ```
 */
export function label(key: LabelKey, locale: Locale, values: Readonly<Record<string, string>> = {}): string {
  const text: string = LABELS[key][locale];
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
