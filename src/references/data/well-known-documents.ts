import type { WellKnownDocument } from "../types.js";

/*
 * Well-known documents the news cites most. Sources: /shared/domain/reference.md §1.1, §1.3, §2.1, §2.5 (dates and
 * issuers), the seed articles of the project (which cite 18-NQ/TW, 57-NQ/TW, 123-KL/TW, 118-KL/TW, 35-CT/TW,
 * 96-QĐ/TW, 21-KL/TW, 29-TB/TW, 27-NQ/TU and 89/NQ-HĐND of Kon Tum), and VNA/Nhân Dân reports of each
 * document. Rows marked "(unverified)" come from general knowledge and one source; titles are abridged.
 * The same code may appear twice for two Party terms (35-CT/TW of 2019 and of 2024; 18-NQ/TW of 2017 and 2022).
 */

/**
 * The built-in catalogue of well-known Party and State documents (frozen data).
 *
 * @example
 * ```ts
 * WELL_KNOWN_DOCUMENTS.filter((doc) => doc.code === "35-CT/TW").map((doc) => doc.date);
 * // ["2019-05-30", "2024-06-14"]
 * ```
 */
export const WELL_KNOWN_DOCUMENTS: readonly WellKnownDocument[] = /* @__PURE__ */ Object.freeze<WellKnownDocument[]>([
  // Party, khóa XII
  {
    code: "66-QĐ/TW",
    date: "2017-02-06",
    issuerId: "party-secretariat",
    genre: "regulation",
    title: {
      vi: "Về thể loại, thẩm quyền ban hành và thể thức văn bản của Đảng",
      en: "On the genres, issuing authority and format of Party documents",
    },
    source: "reference.md §1.1",
  },
  {
    code: "18-NQ/TW",
    date: "2017-10-25",
    issuerId: "party-central-committee",
    genre: "resolution",
    title: {
      vi: "Một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả",
      en: "On continuing to reform and reorganise the political system's apparatus to be streamlined, effective and efficient",
    },
    source: "seeds 001, 002, 004 (6th plenum, khóa XII)",
  },
  {
    code: "19-NQ/TW",
    date: "2017-10-25",
    issuerId: "party-central-committee",
    genre: "resolution",
    title: {
      vi: "Về tiếp tục đổi mới hệ thống tổ chức và quản lý, nâng cao chất lượng và hiệu quả hoạt động của các đơn vị sự nghiệp công lập",
      en: "On reforming the organisation and management of public service units",
    },
    source: "6th plenum, khóa XII (unverified date)",
  },
  {
    code: "36-HD/VPTW",
    date: "2018-04-03",
    issuerId: "party-central-office",
    genre: "guideline",
    title: {
      vi: "Về thể thức và kỹ thuật trình bày văn bản của Đảng",
      en: "On the format and presentation of Party documents",
    },
    source: "reference.md §1.1",
  },
  {
    code: "26-NQ/TW",
    date: "2018-05-19",
    issuerId: "party-central-committee",
    genre: "resolution",
    title: {
      vi: "Về tập trung xây dựng đội ngũ cán bộ các cấp, nhất là cấp chiến lược",
      en: "On building a contingent of cadres at all levels, especially at the strategic level",
    },
    source: "7th plenum, khóa XII (unverified date)",
  },
  {
    code: "27-NQ/TW",
    date: "2018-05-21",
    issuerId: "party-central-committee",
    genre: "resolution",
    title: { vi: "Về cải cách chính sách tiền lương", en: "On salary policy reform" },
    source: "7th plenum, khóa XII (unverified date)",
  },
  {
    code: "35-CT/TW",
    date: "2019-05-30",
    issuerId: "politburo",
    genre: "directive",
    title: {
      vi: "Về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng",
      en: "On Party congresses at all levels towards the 13th National Party Congress",
    },
    source: "Politburo, khóa XII (unverified date)",
  },
  // Party, khóa XIII
  {
    code: "22-QĐ/TW",
    date: "2021-07-28",
    issuerId: "party-central-committee",
    genre: "regulation",
    title: {
      vi: "Về công tác kiểm tra, giám sát và kỷ luật của Đảng",
      en: "On Party inspection, supervision and discipline",
    },
    source: "reference.md §1.3",
  },
  {
    code: "21-KL/TW",
    date: "2021-10-25",
    issuerId: "party-central-committee",
    genre: "conclusion",
    title: {
      vi: "Về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị",
      en: "On stepping up Party building and rectification and the political system",
    },
    source: "seed 003 (4th plenum, khóa XIII)",
  },
  {
    code: "37-QĐ/TW",
    date: "2021-10-25",
    issuerId: "party-central-committee",
    genre: "regulation",
    title: { vi: "Về những điều đảng viên không được làm", en: "On what Party members must not do" },
    source: "reference.md §1.3",
  },
  {
    code: "34-KL/TW",
    date: "2022-04-18",
    issuerId: "politburo",
    genre: "conclusion",
    title: {
      vi: "Về Chiến lược công tác kiểm tra, giám sát của Đảng đến năm 2030",
      en: "On the strategy for Party inspection and supervision to 2030",
    },
    source: "baohanam.com.vn report",
  },
  {
    code: "18-NQ/TW",
    date: "2022-06-16",
    issuerId: "party-central-committee",
    genre: "resolution",
    title: {
      vi: "Về tiếp tục đổi mới, hoàn thiện thể chế, chính sách, nâng cao hiệu lực, hiệu quả quản lý và sử dụng đất",
      en: "On improving land institutions and policies and the effectiveness of land management and use",
    },
    source: "5th plenum, khóa XIII (unverified date)",
  },
  {
    code: "96-QĐ/TW",
    date: "2023-02-02",
    issuerId: "politburo",
    genre: "regulation",
    title: {
      vi: "Về việc lấy phiếu tín nhiệm, bỏ phiếu tín nhiệm đối với chức vụ lãnh đạo, quản lý trong hệ thống chính trị",
      en: "On votes of confidence for leadership and management posts in the political system",
    },
    source: "seed 003 (unverified date)",
  },
  {
    code: "29-TB/TW",
    issuerId: "politburo",
    genre: "notice",
    title: {
      vi: "Thông báo kết luận của Bộ Chính trị về nhiệm vụ phát triển kinh tế - xã hội năm 2023",
      en: "Politburo conclusion notice on socio-economic tasks in 2023",
    },
    source: "seed 003 (date and title not verified)",
  },
  {
    code: "35-CT/TW",
    date: "2024-06-14",
    issuerId: "politburo",
    genre: "directive",
    title: {
      vi: "Về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng",
      en: "On Party congresses at all levels towards the 14th National Party Congress",
    },
    source: "reference.md §1.3; seed 002",
  },
  {
    code: "57-NQ/TW",
    date: "2024-12-22",
    issuerId: "politburo",
    genre: "resolution",
    title: {
      vi: "Về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia",
      en: "On breakthroughs in science and technology development, innovation and national digital transformation",
    },
    source: "reference.md §1.3; seeds 000–002",
  },
  {
    code: "118-KL/TW",
    date: "2025-01-18",
    issuerId: "politburo",
    genre: "conclusion",
    title: {
      vi: "Về điều chỉnh, bổ sung một số nội dung của Chỉ thị số 35-CT/TW",
      en: "On adjusting and supplementing some contents of Directive No. 35-CT/TW",
    },
    source: "reference.md §1.3; seed 002",
  },
  {
    code: "123-KL/TW",
    date: "2025-01-24",
    issuerId: "party-central-committee",
    genre: "conclusion",
    title: {
      vi: "Về Đề án bổ sung về phát triển kinh tế - xã hội năm 2025 với mục tiêu tăng trưởng 8%",
      en: "On the supplementary project on socio-economic development in 2025 with a growth target of 8%",
    },
    source: "seeds 000–002",
  },
  {
    code: "121-KL/TW",
    date: "2025-01-24",
    issuerId: "party-central-committee",
    genre: "conclusion",
    title: {
      vi: "Về tổng kết Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XII",
      en: "On the review of Resolution No. 18-NQ/TW of the 12th Party Central Committee",
    },
    source: "reference.md §1.3; Kết luận 127-KL/TW text",
  },
  {
    code: "243-QĐ/TW",
    date: "2025-01-24",
    issuerId: "politburo",
    genre: "decision",
    title: { vi: "Về việc thành lập Đảng bộ Chính phủ", en: "On establishing the Government Party Organisation" },
    source: "reference.md §3.1",
  },
  {
    code: "59-NQ/TW",
    date: "2025-01-24",
    issuerId: "politburo",
    genre: "resolution",
    title: { vi: "Về hội nhập quốc tế trong tình hình mới", en: "On international integration in the new situation" },
    source: "reference.md §1.3",
  },
  {
    code: "126-KL/TW",
    date: "2025-02-14",
    issuerId: "politburo",
    genre: "conclusion",
    title: {
      vi: "Về một số nội dung, nhiệm vụ tiếp tục sắp xếp, tinh gọn tổ chức bộ máy của hệ thống chính trị năm 2025",
      en: "On further streamlining the apparatus of the political system in 2025",
    },
    source: "reference.md §1.3 (Politburo and Secretariat)",
  },
  {
    code: "127-KL/TW",
    date: "2025-02-28",
    issuerId: "politburo",
    genre: "conclusion",
    title: {
      vi: "Về triển khai nghiên cứu, đề xuất tiếp tục sắp xếp tổ chức bộ máy của hệ thống chính trị",
      en: "On studying and proposing the further reorganisation of the political system",
    },
    source: "reference.md §1.3 (Politburo and Secretariat)",
  },
  {
    code: "60-NQ/TW",
    date: "2025-04-12",
    issuerId: "party-central-committee",
    genre: "resolution",
    title: {
      vi: "Hội nghị lần thứ mười một Ban Chấp hành Trung ương Đảng khóa XIII",
      en: "Resolution of the 11th plenum of the 13th Party Central Committee",
    },
    source: "reference.md §1.3",
  },
  {
    code: "45-CT/TW",
    date: "2025-04-14",
    issuerId: "politburo",
    genre: "directive",
    title: {
      vi: "Về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng",
      en: "On Party congresses at all levels towards the 14th National Party Congress",
    },
    source: "reference.md §1.3",
  },
  {
    code: "66-NQ/TW",
    date: "2025-04-30",
    issuerId: "politburo",
    genre: "resolution",
    title: {
      vi: "Về đổi mới công tác xây dựng và thi hành pháp luật đáp ứng yêu cầu phát triển đất nước trong kỷ nguyên mới",
      en: "On reforming law-making and enforcement for the country's development in the new era",
    },
    source: "reference.md §1.3",
  },
  {
    code: "68-NQ/TW",
    date: "2025-05-04",
    issuerId: "politburo",
    genre: "resolution",
    title: { vi: "Về phát triển kinh tế tư nhân", en: "On private economic development" },
    source: "vietnamtimes interview 17/02/2026 (unverified date)",
  },
  {
    code: "70-NQ/TW",
    date: "2025-08-20",
    issuerId: "politburo",
    genre: "resolution",
    title: {
      vi: "Về bảo đảm an ninh năng lượng quốc gia đến năm 2030, tầm nhìn đến năm 2045",
      en: "On ensuring national energy security to 2030, with a vision to 2045",
    },
    source: "reference.md §1.3",
  },
  {
    code: "71-NQ/TW",
    date: "2025-08-22",
    issuerId: "politburo",
    genre: "resolution",
    title: { vi: "Về đột phá phát triển giáo dục và đào tạo", en: "On breakthroughs in education and training" },
    source: "nghean24h.vn report (unverified date)",
  },
  {
    code: "72-NQ/TW",
    date: "2025-09-09",
    issuerId: "politburo",
    genre: "resolution",
    title: {
      vi: "Về một số giải pháp đột phá, tăng cường bảo vệ, chăm sóc và nâng cao sức khỏe Nhân dân",
      en: "On breakthrough solutions to protect, care for and improve the people's health",
    },
    source: "nghean24h.vn report (unverified date)",
  },
  {
    code: "230-KL/TW",
    date: "2026-01-05",
    issuerId: "politburo",
    genre: "conclusion",
    title: {
      vi: "Về sắp xếp, tinh gọn các hội quần chúng",
      en: "On rearranging and streamlining mass associations",
    },
    source: "reference.md §1.3 (Politburo and Secretariat)",
  },
  {
    code: "399-QĐ/TW",
    date: "2026-01-09",
    issuerId: "party-secretariat",
    genre: "regulation",
    title: {
      vi: "Về thể loại, thẩm quyền ban hành và thể thức văn bản của Đảng",
      en: "On the genres, issuing authority and format of Party documents",
    },
    source: "reference.md §1.1",
  },
  // State documents that organise the system
  {
    code: "80/2015/QH13",
    date: "2015-06-22",
    issuerId: "national-assembly",
    genre: "law",
    title: { vi: "Luật Ban hành văn bản quy phạm pháp luật", en: "Law on Promulgation of Legal Documents" },
    source: "reference.md §2.1 (unverified date)",
  },
  {
    code: "30/2020/NĐ-CP",
    date: "2020-03-05",
    issuerId: "government",
    genre: "decree",
    title: { vi: "Về công tác văn thư", en: "On clerical work" },
    source: "reference.md §2.1",
  },
  {
    code: "176/2025/QH15",
    date: "2025-02-18",
    issuerId: "national-assembly",
    genre: "resolution",
    title: {
      vi: "Về cơ cấu tổ chức của Chính phủ nhiệm kỳ Quốc hội khóa XV",
      en: "On the organisational structure of the Government in the 15th National Assembly term",
    },
    source: "reference.md §2.5",
  },
  {
    code: "64/2025/QH15",
    date: "2025-02-19",
    issuerId: "national-assembly",
    genre: "law",
    title: { vi: "Luật Ban hành văn bản quy phạm pháp luật", en: "Law on Promulgation of Legal Documents" },
    source: "reference.md §2.1",
  },
  {
    code: "202/2025/QH15",
    date: "2025-06-12",
    issuerId: "national-assembly",
    genre: "resolution",
    title: {
      vi: "Về việc sắp xếp đơn vị hành chính cấp tỉnh",
      en: "On the arrangement of provincial-level administrative units",
    },
    source: "reference.md §2.1 (unverified date)",
  },
  // Local documents cited in the seed articles
  {
    code: "27-NQ/TU",
    date: "2024-12-02",
    issuerId: "provincial-party-committee",
    genre: "resolution",
    title: {
      vi: "Về lãnh đạo thực hiện nhiệm vụ phát triển kinh tế - xã hội, quốc phòng, an ninh, xây dựng Đảng và hệ thống chính trị năm 2025",
      en: "On leading socio-economic, defence, security and Party-building tasks in 2025",
    },
    place: "Kon Tum",
    source: "seeds 000, 001 (code form inferred from issuer and type)",
  },
  {
    code: "89/NQ-HĐND",
    date: "2024-12-09",
    issuerId: "peoples-council",
    genre: "resolution",
    title: {
      vi: "Về phương hướng, nhiệm vụ phát triển kinh tế - xã hội năm 2025",
      en: "On socio-economic directions and tasks in 2025",
    },
    place: "Kon Tum",
    source: "seeds 000, 001",
  },
]);
