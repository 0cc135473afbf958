import type { FixtureRow } from "./markup.js";

/*
 * Vietnamese reference fixtures, in inline markup (see markup.ts). Every sentence is ours; the facts (codes, dates,
 * issuers, titles) come from /shared/domain/reference.md and the well-known-documents catalogue, and every reference
 * form of the seed articles is rewritten here in new words (tags "seed-…").
 */
export const VI_FIXTURES: readonly FixtureRow[] = [
  // The whole phrase: type word, number marker, code, date, issuer, title.
  {
    text: "Căn cứ <0>Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị</0>, Sở Khoa học lập kế hoạch hành động.",
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
    covers: "phrase",
  },
  {
    text: "Tỉnh ủy quán triệt <0>Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị “Về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia”</0> cho cán bộ chủ chốt.",
    refs: [
      {
        code: "57-NQ/TW",
        documentType: "resolution",
        date: "2024-12-22",
        issuer: "politburo",
        title: "Về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia",
      },
    ],
    covers: "seed-full-phrase, title-quoted",
  },
  {
    text: "Báo cáo nhắc lại <0>Kết luận số 123-KL/TW ngày 24/1/2025 của Ban Chấp hành Trung ương Đảng về Đề án bổ sung phát triển kinh tế - xã hội năm 2025</0>.",
    refs: [
      {
        code: "123-KL/TW",
        documentType: "conclusion",
        date: "2025-01-24",
        issuer: "party-central-committee",
        title: "Đề án bổ sung phát triển kinh tế - xã hội năm 2025",
      },
    ],
    covers: "phrase, title-ve",
  },
  {
    text: "Sở Nội vụ rà soát theo <0>Quyết định số 1234/QĐ-UBND ngày 5 tháng 3 năm 2025 của Ủy ban nhân dân tỉnh về giao biên chế công chức</0>.",
    refs: [
      {
        code: "1234/QĐ-UBND",
        documentType: "decision",
        date: "2025-03-05",
        issuer: "peoples-committee",
        title: "giao biên chế công chức",
      },
    ],
    covers: "date-long, title-ve",
  },
  {
    text: "<0>Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị về đại hội đảng bộ các cấp</0>, các chi bộ đã học tập kỹ.",
    refs: [
      {
        code: "45-CT/TW",
        documentType: "directive",
        date: "2025-04-14",
        issuer: "politburo",
        title: "đại hội đảng bộ các cấp",
      },
    ],
    covers: "phrase, title-ve",
    articleDate: "2025-05-01",
  },
  {
    text: "Hội đồng nhân dân đã thông qua <0>Nghị quyết số 89/NQ-HĐND, ngày 9/12/2024 của HĐND tỉnh về phương hướng, nhiệm vụ phát triển kinh tế - xã hội năm 2025</0>, trong đó chỉ tiêu tăng trưởng là 10%.",
    refs: [
      {
        code: "89/NQ-HĐND",
        documentType: "resolution",
        date: "2024-12-09",
        issuer: "peoples-council",
        title: "phương hướng, nhiệm vụ phát triển kinh tế - xã hội năm 2025",
      },
    ],
    covers: "seed-hdnd, title-ve-comma",
  },
  {
    text: "Đảng bộ đặt mục tiêu tại <0>Nghị quyết số 27, ngày 2/12/2024 của Ban Chấp hành Đảng bộ tỉnh khóa XVI</0> lãnh đạo thực hiện nhiệm vụ năm 2025.",
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
    text: "<0>Nghị quyết số 14, ngày 10/10/2023 của Tỉnh ủy</0> bàn sâu chuyện chuyển đổi số ở vùng cao.",
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
    text: "Văn bản dẫn chiếu <0>Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII về tiếp tục sắp xếp tổ chức bộ máy</0>.",
    refs: [
      {
        code: "18-NQ/TW",
        documentType: "resolution",
        date: "2017-10-25",
        issuer: "party-central-committee",
        term: 12,
        title: "tiếp tục sắp xếp tổ chức bộ máy",
      },
    ],
    covers: "term, title-ve",
  },
  {
    text: "Theo <0>Chỉ thị 35-CT/TW của Bộ Chính trị ngày 14/6/2024</0>, đại hội cấp xã phải xong trước tháng 6.",
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
  {
    text: "Đoàn công tác nhắc lại <0>Kết luận 121-KL/TW (ngày 24/01/2025)</0> khi làm việc với tỉnh.",
    refs: [{ code: "121-KL/TW", documentType: "conclusion", date: "2025-01-24" }],
    covers: "date-parenthesised",
  },
  {
    text: "Trên văn bản ghi <0>Số 60-NQ/TW</0>, đóng dấu đỏ.",
    refs: [{ code: "60-NQ/TW", documentType: "resolution" }],
    covers: "header-so",
  },
  {
    text: "Góc trái văn bản in dòng <0>Số: 215/QĐ-UBND</0> và ngày ký.",
    refs: [{ code: "215/QĐ-UBND", documentType: "decision", issuer: "peoples-committee" }],
    covers: "header-so-colon, issuer-from-code",
  },
  {
    text: "Công tác văn thư làm theo <0>Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư</0>.",
    refs: [
      {
        code: "30/2020/NĐ-CP",
        documentType: "decree",
        date: "2020-03-05",
        issuer: "government",
        title: "công tác văn thư",
      },
    ],
    covers: "state-normative, title-ve",
  },
  {
    text: "<0>Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15</0> có hiệu lực từ 1/4/2025.",
    refs: [{ code: "64/2025/QH15", documentType: "law", issuer: "national-assembly" }],
    covers: "law-name-before-number",
  },
  {
    text: "Việc sáp nhập tỉnh dựa trên <0>Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh</0>.",
    refs: [
      {
        code: "202/2025/QH15",
        documentType: "resolution",
        date: "2025-06-12",
        issuer: "national-assembly",
        title: "sắp xếp đơn vị hành chính cấp tỉnh",
      },
    ],
    covers: "national-assembly, title-ve-viec",
    articleDate: "2025-07-01",
  },
  {
    text: "<0>Nghị quyết 176/2025/QH15 của Quốc hội về cơ cấu tổ chức của Chính phủ nhiệm kỳ Quốc hội khóa XV</0>, theo đó có 14 bộ.",
    refs: [
      {
        code: "176/2025/QH15",
        documentType: "resolution",
        issuer: "national-assembly",
        title: "cơ cấu tổ chức của Chính phủ nhiệm kỳ Quốc hội khóa XV",
      },
    ],
    covers: "national-assembly, title-ve",
  },
  {
    text: "Thủ tướng ký <0>Quyết định số 19/2025/QĐ-TTg</0> hướng dẫn chi tiết.",
    refs: [{ code: "19/2025/QĐ-TTg", documentType: "decision", issuer: "prime-minister" }],
    covers: "prime-minister",
  },
  {
    text: "Bộ Nông nghiệp và Môi trường ban hành <0>Thông tư 23/2025/TT-BNNMT</0> thay thế quy định cũ.",
    refs: [{ code: "23/2025/TT-BNNMT", documentType: "circular", issuer: "ministry-of-agriculture-and-environment" }],
    covers: "circular, ministry",
  },
  {
    text: "UBND tỉnh có <0>Công văn số 3954/UBND-VX</0> gửi các sở.",
    refs: [{ code: "3954/UBND-VX", documentType: "official-letter", issuer: "peoples-committee" }],
    covers: "official-letter",
  },
  {
    text: "Văn phòng Chính phủ chuyển <0>công văn 1531/TTg-CN</0> tới các bộ.",
    refs: [{ code: "1531/TTg-CN", documentType: "official-letter", issuer: "prime-minister" }],
    covers: "official-letter, lower-case-type",
  },
  {
    text: "Tỉnh ủy lập kế hoạch thực hiện <0>Kết luận số 126-KL/TW</0> và <1>Kết luận số 127-KL/TW của Bộ Chính trị</1>.",
    refs: [
      { code: "126-KL/TW", documentType: "conclusion" },
      { code: "127-KL/TW", documentType: "conclusion", issuer: "politburo" },
    ],
    covers: "two-phrases",
  },
  {
    text: "Việc lấy phiếu tín nhiệm tuân theo <0>Quy định số 96-QĐ/TW ngày 2/2/2023 của Bộ Chính trị</0>.",
    refs: [{ code: "96-QĐ/TW", documentType: "regulation", date: "2023-02-02", issuer: "politburo" }],
    covers: "regulation",
  },
  {
    text: "Các tỉnh bám sát sáu nhóm giải pháp trong <0>Thông báo kết luận số 29-TB/TW của Bộ Chính trị</0>.",
    refs: [{ code: "29-TB/TW", documentType: "notice", issuer: "politburo" }],
    covers: "notice, seed-notice",
  },
  {
    text: "Thể thức trình bày làm theo <0>Hướng dẫn số 36-HD/VPTW của Văn phòng Trung ương Đảng</0>.",
    refs: [{ code: "36-HD/VPTW", documentType: "guideline", issuer: "party-central-office" }],
    covers: "guideline",
  },
  {
    text: "<0>Quy định 399-QĐ/TW ngày 9/1/2026 của Ban Bí thư</0> thay thế quy định cũ về thể thức văn bản.",
    refs: [{ code: "399-QĐ/TW", documentType: "regulation", date: "2026-01-09", issuer: "party-secretariat" }],
    covers: "regulation, secretariat",
    articleDate: "2026-03-01",
  },

  // Mentions without a code: resolved by the catalogue, by the same text, by the code's form, or left alone.
  {
    text: "Đoàn làm việc về việc thực hiện <0>Kết luận số 123 của Ban Chấp hành Trung ương Đảng</0> và <1>Nghị quyết số 57 của Bộ Chính trị</1>.",
    refs: [
      { resolvedCode: "123-KL/TW", documentType: "conclusion", issuer: "party-central-committee" },
      { resolvedCode: "57-NQ/TW", documentType: "resolution", issuer: "politburo" },
    ],
    covers: "seed-mention-issuer, mention-catalogue",
  },
  {
    text: "Tỉnh triển khai <0>Kết luận 123, ngày 24/1/2025 về Đề án bổ sung về phát triển kinh tế - xã hội năm 2025</0>; mục tiêu tăng trưởng là 8%.",
    refs: [
      {
        resolvedCode: "123-KL/TW",
        documentType: "conclusion",
        date: "2025-01-24",
        title: "Đề án bổ sung về phát triển kinh tế - xã hội năm 2025",
      },
    ],
    covers: "seed-mention-date, mention-catalogue, title-ve",
  },
  {
    text: "<0>Nghị quyết 18-NQ/TW</0> đã đi vào cuộc sống; sơ kết <1>Nghị quyết 18</1> cho thấy bộ máy gọn hơn.",
    refs: [
      { code: "18-NQ/TW", documentType: "resolution" },
      { resolvedCode: "18-NQ/TW", documentType: "resolution" },
    ],
    covers: "mention-text",
  },
  {
    text: "Huyện đưa chuyển đổi số và <0>Nghị quyết số 57</0> vào mọi lĩnh vực đời sống.",
    refs: [{ resolvedCode: "57-NQ/TW", documentType: "resolution" }],
    covers: "seed-bare-mention, mention-catalogue",
  },
  {
    text: "Xã đã hoàn thành <0>Kế hoạch số 45</0> từ tháng trước.",
    refs: [{ documentType: "plan", number: 45 }],
    covers: "mention-unresolved",
  },
  {
    text: "<0>Quyết định số 17</0> giao chỉ tiêu cho các phường.",
    refs: [{ documentType: "decision", number: 17 }],
    covers: "mention-unresolved",
  },
  {
    text: "<0>Kết luận số 08 của Tỉnh ủy</0> yêu cầu rà soát quy hoạch.",
    refs: [{ resolvedCode: "08-KL/TU", documentType: "conclusion", issuer: "provincial-party-committee" }],
    covers: "mention-form",
  },
  {
    text: "Sau <0>Nghị quyết số 68-NQ/TW về kinh tế tư nhân</0>, tỉnh bàn tiếp <1>Nghị quyết 68</1> ở kỳ họp tới.",
    refs: [
      { code: "68-NQ/TW", documentType: "resolution", title: "kinh tế tư nhân" },
      { resolvedCode: "68-NQ/TW", documentType: "resolution" },
    ],
    covers: "mention-text, title-ve",
    articleDate: "2025-06-01",
  },
  {
    text: "<0>Chỉ thị số 45 của Bộ Chính trị</0> yêu cầu chuẩn bị kỹ văn kiện.",
    refs: [{ resolvedCode: "45-CT/TW", documentType: "directive", issuer: "politburo" }],
    covers: "mention-catalogue",
    articleDate: "2025-05-01",
  },
  {
    text: "Năm 2019, các chi bộ học <0>Chỉ thị 35-CT/TW của Bộ Chính trị</0> trước đại hội.",
    refs: [{ code: "35-CT/TW", documentType: "directive", issuer: "politburo", documentDate: "2019-05-30" }],
    covers: "same-code-two-terms",
    articleDate: "2020-01-10",
  },
  {
    text: "Bộ máy được sắp xếp theo hướng “Tinh - Gọn - Mạnh” đúng tinh thần <0>Nghị quyết 18-NQ/TW</0>.",
    refs: [{ code: "18-NQ/TW", documentType: "resolution" }],
    covers: "seed-spirit",
  },
  {
    text: "Về việc thực hiện <0>Kết luận số 123</0>, tỉnh cần kịch bản rõ ràng cho từng quý.",
    refs: [{ resolvedCode: "123-KL/TW", documentType: "conclusion" }],
    covers: "seed-bare-mention, mention-catalogue",
  },
  {
    text: "<0>Nghị định số 30 của Chính phủ</0> là căn cứ của quy chế văn thư.",
    refs: [{ resolvedCode: "30/2020/NĐ-CP", documentType: "decree", issuer: "government" }],
    covers: "mention-catalogue, state",
  },
  {
    text: "<0>Quyết định số 45 của UBND tỉnh</0> phê duyệt danh mục dự án.",
    refs: [{ documentType: "decision", number: 45, issuer: "peoples-committee" }],
    covers: "mention-unresolved",
  },
  {
    text: "Ngành du lịch bám sát <0>Nghị quyết số 05, ngày 12/5/2021 của Ban Thường vụ Tỉnh ủy về phát triển du lịch</0>.",
    refs: [
      {
        resolvedCode: "05-NQ/TU",
        documentType: "resolution",
        date: "2021-05-12",
        issuer: "provincial-party-committee",
        title: "phát triển du lịch",
      },
    ],
    covers: "mention-form, title-ve",
  },
  {
    text: "<0>Nghị quyết số 03 của Đảng ủy xã</0> được thông qua tại hội nghị.",
    refs: [{ resolvedCode: "03-NQ/ĐU", documentType: "resolution", issuer: "party-committee" }],
    covers: "mention-form",
  },
  {
    text: "<0>Nghị quyết số 18-NQ/TW</0> và <1>Nghị quyết số 18 của HĐND tỉnh</1> là hai văn bản khác nhau.",
    refs: [
      { code: "18-NQ/TW", documentType: "resolution" },
      { documentType: "resolution", number: 18, issuer: "peoples-council" },
    ],
    covers: "mention-not-invented",
  },
  {
    text: "<0>Kết luận 123</0> được quán triệt kịp thời tới chi bộ.",
    refs: [{ resolvedCode: "123-KL/TW", documentType: "conclusion" }],
    covers: "seed-bare-mention, mention-catalogue",
  },
  {
    text: "<0>Chỉ thị số 12 của Thành ủy</0> yêu cầu giữ gìn vệ sinh đô thị.",
    refs: [{ resolvedCode: "12-CT/TU", documentType: "directive", issuer: "provincial-party-committee" }],
    covers: "mention-form",
  },
  {
    text: "<0>Kết luận số 203 của Bộ Chính trị</0> nêu nhiệm vụ cho quý cuối năm.",
    refs: [{ resolvedCode: "203-KL/TW", documentType: "conclusion", issuer: "politburo" }],
    covers: "mention-form",
    articleDate: "2025-12-01",
  },
  {
    text: "<0>Nghị quyết số 18 của Ban Chấp hành Trung ương khóa XII</0> yêu cầu tinh gọn bộ máy.",
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
    text: "Theo <0>Thông báo số 5</0>, lịch trực Tết bắt đầu từ ngày 27.",
    refs: [{ documentType: "notice", number: 5 }],
    covers: "mention-unresolved",
  },

  {
    text: "<0>Nghị quyết 18</0> đã mở đầu cuộc cách mạng tinh gọn bộ máy.",
    refs: [{ resolvedCode: "18-NQ/TW", documentType: "resolution" }],
    covers: "bare-mention, mention-catalogue",
  },

  {
    text: "Ngành tài nguyên quán triệt <0>Nghị quyết số 18-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương về đất đai</0>.",
    refs: [
      {
        code: "18-NQ/TW",
        documentType: "resolution",
        date: "2022-06-16",
        issuer: "party-central-committee",
        title: "đất đai",
        documentDate: "2022-06-16",
      },
    ],
    covers: "same-code-two-terms, date-in-text",
    articleDate: "2022-08-01",
  },
  {
    text: "Tỉnh ủy học tập <0>Nghị quyết 18-NQ/TW</0> trong suốt năm.",
    refs: [{ code: "18-NQ/TW", documentType: "resolution", documentDate: "2017-10-25" }],
    covers: "same-code-two-terms, article-date",
    articleDate: "2018-03-01",
  },

  // Dates written in several ways, and dates that are not the document's.
  {
    text: "<0>Nghị quyết số 60-NQ/TW ban hành ngày 12/4/2025</0> là nghị quyết của Hội nghị Trung ương 11.",
    refs: [{ code: "60-NQ/TW", documentType: "resolution", date: "2025-04-12" }],
    covers: "date-ban-hanh",
    articleDate: "2025-05-01",
  },
  {
    text: "<0>Kết luận 127-KL/TW ký ngày 28/2/2025</0> yêu cầu nghiên cứu sắp xếp tiếp.",
    refs: [{ code: "127-KL/TW", documentType: "conclusion", date: "2025-02-28" }],
    covers: "date-ky",
  },
  {
    text: "<0>Nghị quyết 57-NQ/TW ngày 22 tháng 12 năm 2024</0> mở ra giai đoạn mới.",
    refs: [{ code: "57-NQ/TW", documentType: "resolution", date: "2024-12-22" }],
    covers: "date-long",
  },
  {
    text: "<0>Nghị quyết 57-NQ/TW</0>, sau hai tháng triển khai tính đến ngày 22/2/2025, đã có kết quả.",
    refs: [{ code: "57-NQ/TW", documentType: "resolution", date: null }],
    covers: "date-not-own",
  },
  {
    text: "<0>Nghị quyết 57-NQ/TW ngày 22-12-2024</0> được trích dẫn đầy đủ.",
    refs: [{ code: "57-NQ/TW", documentType: "resolution", date: "2024-12-22" }],
    covers: "date-dashes",
  },

  // Lists and ranges.
  {
    text: "Thực hiện các <0>Nghị quyết số 18-NQ/TW</0>, <1>19-NQ/TW</1> và <2>26-NQ/TW của Trung ương khóa XII</2>, tỉnh đã sắp xếp lại bộ máy.",
    refs: [
      { code: "18-NQ/TW", documentType: "resolution" },
      { code: "19-NQ/TW", documentType: "resolution" },
      { code: "26-NQ/TW", documentType: "resolution", issuer: "party-central-committee", term: 12 },
    ],
    covers: "list",
  },
  {
    text: "Căn cứ <0>Nghị định 30</0> và <1>31/2020/NĐ-CP</1>, các bộ sửa quy chế.",
    refs: [
      { resolvedCode: "30/2020/NĐ-CP", documentType: "decree" },
      { code: "31/2020/NĐ-CP", documentType: "decree", issuer: "government" },
    ],
    covers: "list-shared-suffix",
  },
  {
    text: "Bộ Chính trị ký các <0>Quyết định số 321</0>, <1>322</1>, <2>323-QĐ/TW về thành lập đảng bộ tỉnh mới</2>.",
    refs: [
      { resolvedCode: "321-QĐ/TW", documentType: "decision" },
      { resolvedCode: "322-QĐ/TW", documentType: "decision" },
      { code: "323-QĐ/TW", documentType: "decision", title: "thành lập đảng bộ tỉnh mới" },
    ],
    covers: "list-shared-suffix",
    articleDate: "2025-07-01",
  },
  {
    text: "Các <0>Quyết định số 321-QĐ/TW</0> đến <1>328-QĐ/TW</1> thành lập các đảng bộ tỉnh mới.",
    refs: [
      { code: "321-QĐ/TW", documentType: "decision" },
      { code: "328-QĐ/TW", documentType: "decision" },
    ],
    covers: "range",
    articleDate: "2025-07-01",
  },
  {
    text: "<0>Quyết định 324</0> đến <1>328-QĐ/TW</1> đều do Tổng Bí thư ký.",
    refs: [
      { resolvedCode: "324-QĐ/TW", documentType: "decision" },
      { code: "328-QĐ/TW", documentType: "decision" },
    ],
    covers: "range-shared-suffix",
    articleDate: "2025-07-01",
  },
  {
    text: "Hai <0>Nghị quyết số 18-NQ/TW</0> và <1>19-NQ/TW</1> cùng được thông qua tại Hội nghị Trung ương 6.",
    refs: [
      { code: "18-NQ/TW", documentType: "resolution" },
      { code: "19-NQ/TW", documentType: "resolution" },
    ],
    covers: "list",
  },
  {
    text: "<0>Nghị quyết 57-NQ/TW</0>, <1>Nghị quyết 59-NQ/TW</1>, <2>Nghị quyết 66-NQ/TW</2> và <3>Nghị quyết 68-NQ/TW</3> được gọi là bộ tứ trụ cột.",
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
    text: "<0>Quyết định số 15/QĐ-UBND ngày 3/1/2025</0> và <1>số 16/QĐ-UBND ngày 4/1/2025</1> đã được thu hồi.",
    refs: [
      { code: "15/QĐ-UBND", documentType: "decision", date: "2025-01-03", issuer: "peoples-committee" },
      { code: "16/QĐ-UBND", documentType: "decision", date: "2025-01-04", issuer: "peoples-committee" },
    ],
    covers: "list-dated",
  },
  {
    text: "Sau các <0>Nghị quyết 70-NQ/TW</0>, <1>71-NQ/TW</1> và <2>72-NQ/TW</2>, các bộ xây dựng chương trình hành động.",
    refs: [
      { code: "70-NQ/TW", documentType: "resolution" },
      { code: "71-NQ/TW", documentType: "resolution" },
      { code: "72-NQ/TW", documentType: "resolution" },
    ],
    covers: "list",
    articleDate: "2025-10-01",
  },
  {
    text: "<0>Chỉ thị 35-CT/TW</0> và <1>Kết luận 118-KL/TW của Bộ Chính trị</1> đã định hướng đại hội.",
    refs: [
      { code: "35-CT/TW", documentType: "directive", documentDate: "2024-06-14" },
      { code: "118-KL/TW", documentType: "conclusion", issuer: "politburo" },
    ],
    covers: "two-phrases",
  },
  {
    text: "Tham chiếu: <0>57-NQ/TW</0>; <1>30/2020/NĐ-CP</1>; <2>64/2025/QH15</2>.",
    refs: [
      { code: "57-NQ/TW", documentType: "resolution" },
      { code: "30/2020/NĐ-CP", documentType: "decree", issuer: "government" },
      { code: "64/2025/QH15", issuer: "national-assembly" },
    ],
    covers: "code-only",
  },
  {
    text: "<0>Nghị định 78/2025/NĐ-CP</0> được sửa đổi bởi <1>Nghị định 187/2025/NĐ-CP</1>.",
    refs: [
      { code: "78/2025/NĐ-CP", documentType: "decree", issuer: "government" },
      { code: "187/2025/NĐ-CP", documentType: "decree", issuer: "government" },
    ],
    covers: "two-phrases",
  },
  {
    text: "<0>Luật số 64/2025/QH15</0> được sửa đổi, bổ sung bởi <1>Luật số 87/2025/QH15</1>.",
    refs: [
      { code: "64/2025/QH15", documentType: "law", issuer: "national-assembly" },
      { code: "87/2025/QH15", documentType: "law", issuer: "national-assembly" },
    ],
    covers: "two-phrases",
    articleDate: "2025-08-01",
  },
  {
    text: "<0>Quyết định 40/2026/QĐ-UBND</0> thay thế <1>Quyết định 12/2021/QĐ-UBND</1>.",
    refs: [
      { code: "40/2026/QĐ-UBND", documentType: "decision", issuer: "peoples-committee" },
      { code: "12/2021/QĐ-UBND", documentType: "decision", issuer: "peoples-committee" },
    ],
    covers: "two-phrases",
    articleDate: "2026-04-01",
  },

  // Line breaks, glued codes, quotes and parentheses.
  {
    text: "Tỉnh tiếp tục thực hiện <0>Nghị quyết 57-NQ/\nTW</0> trong năm nay.",
    refs: [{ code: "57-NQ/TW", documentType: "resolution", warnings: ["SPACING_REPAIRED"] }],
    covers: "line-break-in-code",
  },
  {
    text: "Tỉnh tiếp tục quán triệt <0>Nghị quyết\nsố 57-NQ/TW</0> đến từng chi bộ.",
    refs: [{ code: "57-NQ/TW", documentType: "resolution" }],
    covers: "line-break-before-number",
  },
  {
    text: "Sở báo cáo việc thực hiện <0>Nghị quyết số 59-NQ/TW\nngày 24/01/2025 của Bộ Chính trị về hội nhập quốc tế</0>.",
    refs: [
      {
        code: "59-NQ/TW",
        documentType: "resolution",
        date: "2025-01-24",
        issuer: "politburo",
        title: "hội nhập quốc tế",
      },
    ],
    covers: "line-break-before-date",
  },
  {
    text: "Thực hiện <0>Kết luận số 123-KL/TW của Ban Chấp hành\nTrung ương Đảng</0>, tỉnh đặt mục tiêu 8%.",
    refs: [{ code: "123-KL/TW", documentType: "conclusion", issuer: "party-central-committee" }],
    covers: "line-break-in-issuer",
  },
  {
    text: "Tinh thần <0>Nghị quyết 18-NQ/TWvề tinh gọn bộ máy</0>, được quán triệt sâu rộng.",
    refs: [{ code: "18-NQ/TW", documentType: "resolution", title: "tinh gọn bộ máy" }],
    covers: "glued-next-word",
  },
  {
    text: "Ban hành kèm theo <0>Quyết định số1234/QĐ-UBND</0>, kèm danh sách.",
    refs: [{ code: "1234/QĐ-UBND", documentType: "decision" }],
    covers: "glued-so",
  },
  {
    text: "Văn bản đề <0>Số57-NQ/TW</0> ở góc trái.",
    refs: [{ code: "57-NQ/TW" }],
    covers: "glued-so",
  },
  {
    text: "Tỉnh phổ biến <0>Chỉ thị 45-CT/TW</0>và kế hoạch của Ban Thường vụ.",
    refs: [{ code: "45-CT/TW", documentType: "directive" }],
    covers: "glued-next-word",
    articleDate: "2025-05-01",
  },
  {
    text: "Báo chí gọi “<0>Nghị quyết 57</0>” là khoán 10 trong khoa học.",
    refs: [{ resolvedCode: "57-NQ/TW", documentType: "resolution" }],
    covers: "quotes, mention-catalogue",
  },
  {
    text: "Hồ sơ ghi rõ “<0>96-QD/TW</0>” và (<1>89/NQ-HDND</1>) ở trang đầu.",
    refs: [
      { code: "96-QĐ/TW", documentDate: "2023-02-02", warnings: ["DIACRITICS_REPAIRED"] },
      { code: "89/NQ-HĐND", documentType: "resolution", issuer: "peoples-council", warnings: ["DIACRITICS_REPAIRED"] },
    ],
    covers: "quotes, parentheses, no-diacritics",
  },
  {
    text: "Nghị quyết về kinh tế tư nhân (<0>68-NQ/TW</0>) được doanh nghiệp đón nhận.",
    refs: [{ code: "68-NQ/TW", documentType: "resolution" }],
    covers: "parentheses",
    articleDate: "2025-06-01",
  },
  {
    text: "Chính sách mới (theo <0>Nghị quyết 71-NQ/TW</0>) ưu tiên giáo dục.",
    refs: [{ code: "71-NQ/TW", documentType: "resolution" }],
    covers: "parentheses",
    articleDate: "2025-10-01",
  },
  {
    text: "Đảng viên cần nắm vững <0>Quy định 37-QĐ/TW “Về những điều đảng viên không được làm”</0>.",
    refs: [{ code: "37-QĐ/TW", documentType: "regulation", title: "Về những điều đảng viên không được làm" }],
    covers: "title-quoted",
  },
  {
    text: "<0>Nghị quyết 68-NQ/TW về “phát triển kinh tế tư nhân”</0> được doanh nghiệp đón nhận.",
    refs: [{ code: "68-NQ/TW", documentType: "resolution", title: "phát triển kinh tế tư nhân" }],
    covers: "title-ve-quoted",
    articleDate: "2025-06-01",
  },
  {
    text: "<0>Hướng dẫn 36-HD/VPTW “Về thể thức và kỹ thuật trình bày văn bản của Đảng”</0> hết hiệu lực năm 2026.",
    refs: [
      {
        code: "36-HD/VPTW",
        documentType: "guideline",
        issuer: "party-central-office",
        title: "Về thể thức và kỹ thuật trình bày văn bản của Đảng",
      },
    ],
    covers: "title-quoted",
  },

  // Folded, look-alike and mistyped forms go through the lenient parser.
  {
    text: "Tinh uy trien khai <0>Nghi quyet so 57-NQ/TW ngay 22/12/2024 cua Bo Chinh tri</0> toi cac chi bo.",
    refs: [{ code: "57-NQ/TW", documentType: "resolution", date: "2024-12-22", issuer: "politburo", warnings: [] }],
    covers: "no-diacritics",
  },
  {
    text: "<0>Quyet dinh so 1234/QD-UBND</0> da duoc ky.",
    refs: [
      {
        code: "1234/QĐ-UBND",
        documentType: "decision",
        issuer: "peoples-committee",
        warnings: ["DIACRITICS_REPAIRED"],
      },
    ],
    covers: "no-diacritics",
  },
  {
    text: "<0>Ket luan 118-KL/TW</0> dieu chinh <1>Chi thi 35</1>.",
    refs: [
      { code: "118-KL/TW", documentType: "conclusion" },
      { resolvedCode: "35-CT/TW", documentType: "directive" },
    ],
    covers: "no-diacritics, mention-catalogue",
  },
  {
    text: "Các sở thực hiện <0>Quyết định số 215/QÐ-UBND</0> đúng hạn.",
    refs: [{ code: "215/QĐ-UBND", documentType: "decision", warnings: ["LOOKALIKE_REPAIRED"] }],
    covers: "lookalike-eth",
  },
  {
    text: "Theo <0>Nghị quyết 57-NQ/ТW</0>, tỉnh lập ban chỉ đạo.",
    refs: [{ code: "57-NQ/TW", documentType: "resolution" }],
    covers: "lookalike-cyrillic",
  },
  {
    text: "<0>Nghị quyết số 57 – NQ/TW</0> được nhắc nhiều lần.",
    refs: [{ code: "57-NQ/TW", documentType: "resolution", warnings: ["DASH_REPAIRED", "SPACING_REPAIRED"] }],
    covers: "lookalike-dash, spacing",
  },
  {
    text: "<0>Chỉ thị 45‑CT/TW</0> đã ban hành.",
    refs: [{ code: "45-CT/TW", documentType: "directive", warnings: ["DASH_REPAIRED"] }],
    covers: "lookalike-dash",
    articleDate: "2025-05-01",
  },
  {
    text: "<0>Nghị quyết số\u00a057-NQ/TW</0> là đột phá.",
    refs: [{ code: "57-NQ/TW", documentType: "resolution" }],
    covers: "nbsp",
  },
  {
    text: "<0>Nghị định 30 / 2020 / NĐ - CP</0> quy định về văn thư.",
    refs: [{ code: "30/2020/NĐ-CP", documentType: "decree", warnings: ["SPACING_REPAIRED"] }],
    covers: "spacing",
  },
  {
    text: "Văn bản <0>57-nq/tw</0> được số hóa.",
    refs: [{ code: "57-NQ/TW", warnings: ["CASE_REPAIRED"] }],
    covers: "lower-case-code",
  },
  {
    text: "Theo <0>Nghị quyết 57-NQ/TƯ</0>, tỉnh lập ban chỉ đạo.",
    refs: [{ code: "57-NQ/TW", documentType: "resolution" }],
    covers: "tu-for-tw",
  },
  {
    text: "Hướng dẫn dẫn chiếu <0>Quy định 96/QĐ-TW về lấy phiếu tín nhiệm</0>.",
    refs: [{ code: "96-QĐ/TW", documentType: "regulation", title: "lấy phiếu tín nhiệm" }],
    covers: "party-code-state-separators",
  },
  {
    text: "Văn bản bị ghi nhầm thành <0>Nghị quyết số 57/NQ-TW</0> trong tờ trình.",
    refs: [{ code: "57-NQ/TW", documentType: "resolution", warnings: ["SEPARATORS_REPAIRED"] }],
    covers: "party-code-state-separators",
  },
  {
    text: "THỰC HIỆN <0>NGHỊ QUYẾT SỐ 57-NQ/TW CỦA BỘ CHÍNH TRỊ</0> TRONG NGÀNH GIÁO DỤC",
    refs: [{ code: "57-NQ/TW", documentType: "resolution", issuer: "politburo" }],
    covers: "upper-case",
  },

  // Many kinds of codes: historical, joint, military, personnel, consolidated, ordinances.
  {
    text: "Pháp lệnh được công bố bằng <0>Lệnh số 23-L/CTN</0> năm 1998.",
    refs: [{ code: "23-L/CTN", documentType: "order", issuer: "state-president" }],
    covers: "historical-state-hyphen",
  },
  {
    text: "Hai ban thực hiện <0>Quy chế số 05-QC/BTCTU-BDVTU về phối hợp công tác dân vận</0>.",
    refs: [{ code: "05-QC/BTCTU-BDVTU", documentType: "rules", title: "phối hợp công tác dân vận" }],
    covers: "joint-party",
  },
  {
    text: "<0>Thông tư liên tịch 163/2013/TTLT-BTC-BNV</0> đã hết hiệu lực.",
    refs: [{ code: "163/2013/TTLT-BTC-BNV", documentType: "joint-circular" }],
    covers: "joint-state",
  },
  {
    text: "<0>Nghị quyết số 1656/NQ-UBTVQH15</0> sắp xếp các xã của Hà Nội.",
    refs: [{ code: "1656/NQ-UBTVQH15", documentType: "resolution", issuer: "national-assembly-standing-committee" }],
    covers: "standing-committee",
    articleDate: "2025-07-01",
  },
  {
    text: "<0>Pháp lệnh số 07/2025/UBTVQH15</0> được thông qua trong phiên họp.",
    refs: [{ code: "07/2025/UBTVQH15", documentType: "ordinance", issuer: "national-assembly-standing-committee" }],
    covers: "ordinance",
  },
  {
    text: "Chủ tịch nước ký <0>Lệnh số 07/2025/L-CTN ngày 16/6/2025</0> công bố luật.",
    refs: [{ code: "07/2025/L-CTN", documentType: "order", date: "2025-06-16", issuer: "state-president" }],
    covers: "order",
    articleDate: "2025-07-01",
  },
  {
    text: "<0>Nghị quyết 847-NQ/QUTW ngày 28/12/2021 của Quân ủy Trung ương về phẩm chất bộ đội</0>.",
    refs: [
      {
        code: "847-NQ/QUTW",
        documentType: "resolution",
        date: "2021-12-28",
        issuer: "central-military-commission",
        title: "phẩm chất bộ đội",
      },
    ],
    covers: "military",
  },
  {
    text: "<0>Quyết định số 06-QĐNS/TW ngày 18/02/2021 về công tác cán bộ</0>.",
    refs: [{ code: "06-QĐNS/TW", documentType: "decision", date: "2021-02-18", title: "công tác cán bộ" }],
    covers: "personnel-decision",
  },
  {
    text: "<0>Công văn 8011-CV/BTCTW</0> hướng dẫn sắp xếp.",
    refs: [{ code: "8011-CV/BTCTW", documentType: "official-letter", issuer: "party-organisation-commission" }],
    covers: "party-official-letter",
  },
  {
    text: "<0>Thông báo kết luận số 81-TB/TW ngày 18/7/2025 của Bộ Chính trị</0> được triển khai ngay.",
    refs: [{ code: "81-TB/TW", documentType: "notice", date: "2025-07-18", issuer: "politburo" }],
    covers: "notice",
    articleDate: "2025-08-01",
  },
  {
    text: "<0>Chỉ thị số 01-CT/TW ngày 23/01/2026 của Bộ Chính trị</0> là chỉ thị đầu tiên sau Đại hội XIV.",
    refs: [{ code: "01-CT/TW", documentType: "directive", date: "2026-01-23", issuer: "politburo" }],
    covers: "new-term-numbering",
    articleDate: "2026-02-01",
  },
  {
    text: "<0>Nghị quyết 298/NQ-CP ngày 26/9/2025 của Chính phủ</0> giao nhiệm vụ cho các bộ.",
    refs: [{ code: "298/NQ-CP", documentType: "resolution", date: "2025-09-26", issuer: "government" }],
    covers: "government-resolution",
    articleDate: "2025-10-01",
  },
  {
    text: "Đảng viên phải tuân thủ <0>Quy định số 22-QĐ/TW ngày 28/7/2021 của Ban Chấp hành Trung ương</0>.",
    refs: [{ code: "22-QĐ/TW", documentType: "regulation", date: "2021-07-28", issuer: "party-central-committee" }],
    covers: "regulation",
  },
  {
    text: "Chi bộ thảo luận <0>Kết luận số 21-KL/TW của Ban Chấp hành Trung ương về đẩy mạnh xây dựng và chỉnh đốn Đảng</0>; mọi đảng viên đều phát biểu.",
    refs: [
      {
        code: "21-KL/TW",
        documentType: "conclusion",
        issuer: "party-central-committee",
        title: "đẩy mạnh xây dựng và chỉnh đốn Đảng",
      },
    ],
    covers: "seed-conclusion-title",
  },
  {
    text: "<0>Kết luận 34-KL/TW ngày 18/4/2022 của Bộ Chính trị</0> định hướng chiến lược kiểm tra.",
    refs: [{ code: "34-KL/TW", documentType: "conclusion", date: "2022-04-18", issuer: "politburo" }],
    covers: "phrase",
  },
  {
    text: "Các đơn vị sự nghiệp sắp xếp theo <0>Nghị quyết 19-NQ/TW</0>.",
    refs: [{ code: "19-NQ/TW", documentType: "resolution" }],
    covers: "short",
  },
  {
    text: "<0>Nghị quyết số 27-NQ/TW ngày 21/5/2018 về cải cách chính sách tiền lương</0> (ban hành năm 2018) vẫn là nền tảng.",
    refs: [
      { code: "27-NQ/TW", documentType: "resolution", date: "2018-05-21", title: "cải cách chính sách tiền lương" },
    ],
    covers: "title-ve",
  },
  {
    text: "Công tác cán bộ chiến lược bám theo <0>Nghị quyết 26-NQ/TW</0>.",
    refs: [{ code: "26-NQ/TW", documentType: "resolution" }],
    covers: "short",
  },
  {
    text: "<0>Nghị quyết 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị</0> nhấn mạnh đổi mới xây dựng pháp luật.",
    refs: [{ code: "66-NQ/TW", documentType: "resolution", date: "2025-04-30", issuer: "politburo" }],
    covers: "phrase",
    articleDate: "2025-06-01",
  },
  {
    text: "<0>Kết luận 230-KL/TW</0> yêu cầu sắp xếp các hội quần chúng.",
    refs: [{ code: "230-KL/TW", documentType: "conclusion" }],
    covers: "short",
    articleDate: "2026-02-01",
  },
  {
    text: "Tổng Bí thư trao <0>Quyết định số 243-QĐ/TW ngày 24/01/2025 của Bộ Chính trị về việc thành lập Đảng bộ Chính phủ</0>.",
    refs: [
      {
        code: "243-QĐ/TW",
        documentType: "decision",
        date: "2025-01-24",
        issuer: "politburo",
        title: "thành lập Đảng bộ Chính phủ",
      },
    ],
    covers: "title-ve-viec",
  },
  {
    text: "Thủ tục bầu cử tuân theo <0>Nghị quyết liên tịch số 102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN</0>.",
    refs: [{ code: "102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN", documentType: "joint-resolution" }],
    covers: "joint-state",
  },
  {
    text: "<0>Văn bản hợp nhất số 121/VBHN-VPQH</0> tổng hợp các lần sửa đổi.",
    refs: [{ code: "121/VBHN-VPQH", documentType: "consolidated-text", issuer: "national-assembly-office" }],
    covers: "consolidated-text",
  },
  {
    text: "<0>Nghị quyết số 110/2025/UBTVQH15 của Ủy ban Thường vụ Quốc hội</0> có hiệu lực ngay.",
    refs: [{ code: "110/2025/UBTVQH15", documentType: "resolution", issuer: "national-assembly-standing-committee" }],
    covers: "standing-committee",
  },
  {
    text: "<0>Nghị quyết số 15/2025/NQ-HĐND</0> quy định mức hỗ trợ cho thôn bản.",
    refs: [{ code: "15/2025/NQ-HĐND", documentType: "resolution", issuer: "peoples-council" }],
    covers: "hdnd-normative",
  },
  {
    text: "<0>Kế hoạch số 15-KH/TU ngày 10/3/2025 của Ban Thường vụ Tỉnh ủy</0> triển khai <1>Nghị quyết 57</1>.",
    refs: [
      { code: "15-KH/TU", documentType: "plan", date: "2025-03-10", issuer: "provincial-party-committee" },
      { resolvedCode: "57-NQ/TW", documentType: "resolution" },
    ],
    covers: "plan, mention-catalogue",
  },
  {
    text: "<0>Chương trình hành động số 20-CTr/TU</0> đặt ra 12 nhóm nhiệm vụ.",
    refs: [{ code: "20-CTr/TU", documentType: "programme", issuer: "provincial-party-committee" }],
    covers: "type-word-with-qualifier",
  },
  {
    text: "<0>Báo cáo số 76-BC/HU</0> đánh giá kết quả năm 2024.",
    refs: [{ code: "76-BC/HU", documentType: "report", issuer: "district-party-committee" }],
    covers: "report",
  },
  {
    text: "<0>Tờ trình số 12/TTr-UBND</0> đề nghị HĐND thông qua.",
    refs: [{ code: "12/TTr-UBND", documentType: "submission", issuer: "peoples-committee" }],
    covers: "submission",
  },
  {
    text: "Đảng ủy ban hành chương trình thực hiện <0>Nghị quyết số 57-NQ/TW</0>; chỉ đạo lập ban chỉ đạo chuyển đổi số.",
    refs: [{ code: "57-NQ/TW", documentType: "resolution" }],
    covers: "seed-repeat",
  },
  {
    text: "Theo Điều 7 của <0>Nghị định 30/2020/NĐ-CP</0>, số văn bản ghi bằng chữ số Ả Rập.",
    refs: [{ code: "30/2020/NĐ-CP", documentType: "decree" }],
    covers: "article-number-distractor",
  },
  {
    text: "Khoản 2 Điều 15 <0>Luật số 80/2015/QH13</0> đã hết hiệu lực.",
    refs: [{ code: "80/2015/QH13", documentType: "law", issuer: "national-assembly" }],
    covers: "article-number-distractor",
  },
  {
    text: "Nghị quyết HĐND trình bày theo Mẫu số 17 ban hành kèm <0>Nghị định 78/2025/NĐ-CP</0>.",
    refs: [{ code: "78/2025/NĐ-CP", documentType: "decree" }],
    covers: "form-number-distractor",
  },

  {
    text: "<0>Nghị quyết 57-NQ/TW về đột phá phát triển khoa học</0> được triển khai rộng khắp.",
    refs: [{ code: "57-NQ/TW", documentType: "resolution", title: "đột phá phát triển khoa học" }],
    covers: "title-ve-run-on",
  },
  {
    text: "Tỉnh ủy quán triệt <0>Nghị quyết số 57-NQ/TW về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia</0>.",
    refs: [
      {
        code: "57-NQ/TW",
        documentType: "resolution",
        title: "đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia",
      },
    ],
    covers: "title-ve-enumeration",
  },
  {
    text: "Theo <0>Nghị quyết số 18-NQ/TW về sắp xếp tổ chức bộ máy</0>, các tỉnh, thành phố đã hoàn thành việc sáp nhập.",
    refs: [{ code: "18-NQ/TW", documentType: "resolution", title: "sắp xếp tổ chức bộ máy" }],
    covers: "title-ve-comma-clause",
  },
  {
    text: "Ngành giáo dục ưu tiên thực hiện <0>Nghị quyết 71-NQ/TW</0>.",
    refs: [{ code: "71-NQ/TW", documentType: "resolution", date: null, documentDate: "2025-08-22" }],
    covers: "catalogue-date",
    articleDate: "2025-10-01",
  },

  // Distractors: no reference at all.
  {
    text: "Đoàn kiểm tra số 1922 của Bộ Chính trị làm việc với tỉnh ngày 6/3.",
    refs: [],
    covers: "distractor-delegation",
  },
  {
    text: "Tổ công tác số 1920 của Bộ Chính trị đã thông qua dự thảo báo cáo.",
    refs: [],
    covers: "distractor-delegation",
  },
  { text: "Bão số 3 gây mưa lớn ở các tỉnh phía Bắc.", refs: [], covers: "distractor-storm" },
  { text: "Cơn bão số 11 và áp thấp nhiệt đới số 2 làm hư hại 500 ngôi nhà.", refs: [], covers: "distractor-storm" },
  { text: "Đề án 06 về dữ liệu dân cư được triển khai ở mọi xã.", refs: [], covers: "distractor-project" },
  { text: "Người dân điền Mẫu số 01 và Mẫu số 02a kèm theo hồ sơ.", refs: [], covers: "distractor-form" },
  {
    text: "Tòa tuyên Bản án số 12/2024/HS-ST và Bản án 45/2023/DS-PT đã có hiệu lực.",
    refs: [],
    covers: "distractor-court",
  },
  { text: "Vụ án số 125/2024/TLST-HS đang được thụ lý.", refs: [], covers: "distractor-court" },
  { text: "Công trình phải đạt QCVN 06:2022/BXD và TCVN 5574:2018.", refs: [], covers: "distractor-standard" },
  {
    text: "Tiêu chuẩn ISO 9001:2015 và QCVN 01-2009/BYT áp dụng cho nước sạch.",
    refs: [],
    covers: "distractor-standard",
  },
  {
    text: "Mọi thắc mắc xin gọi số điện thoại 0912-345-678 hoặc đường dây nóng 1900-6868.",
    refs: [],
    covers: "distractor-phone",
  },
  { text: "Đường dây nóng: 0260.3862.123; fax 0260-3862-456.", refs: [], covers: "distractor-phone" },
  {
    text: "Hội nghị diễn ra ngày 22/12/2024, kéo dài đến 24-12-2024 và tổng kết giai đoạn 2021-2025.",
    refs: [],
    covers: "distractor-date",
  },
  { text: "Tỉnh đạt 15/15 chỉ tiêu, tích hợp 1.436/1.770 thủ tục, tăng 6,52%.", refs: [], covers: "distractor-ratio" },
  { text: "Ảnh 6-3-2025-PTD: Phó Chủ tịch phát biểu tại buổi làm việc.", refs: [], covers: "distractor-photo-id" },
  { text: "Cập nhật lúc 14:34, 17/03/2025 theo giờ Hà Nội.", refs: [], covers: "distractor-date" },
  {
    text: "Tỉnh đánh giá cao kết quả thực hiện các chỉ thị, nghị quyết của Đảng ủy UBND tỉnh.",
    refs: [],
    covers: "distractor-generic",
  },
  {
    text: "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI đặt mục tiêu tăng trưởng 8% trở lên.",
    refs: [],
    covers: "distractor-no-number",
  },
  {
    text: "Quốc lộ 14 và cao tốc Quảng Ngãi - Kon Tum sẽ được nâng cấp trong thời kỳ 2021- 2030.",
    refs: [],
    covers: "distractor-road",
  },
  { text: "Xe biển số 30A-123.45 vi phạm tốc độ.", refs: [], covers: "distractor-plate" },
  { text: "Bốn tỉnh tăng trưởng âm: -1,02%, -2,27%, -8,25% và -9,28%.", refs: [], covers: "distractor-percent" },
  { text: "Thu ngân sách đạt 3.312 tỷ đồng, vượt 69% dự toán.", refs: [], covers: "distractor-money" },
  { text: "Kỳ họp thứ 9 Quốc hội khóa XV khai mạc ngày 5/5/2025.", refs: [], covers: "distractor-session" },
  {
    text: "Nghị quyết Trung ương 4 khóa XII bàn về xây dựng, chỉnh đốn Đảng.",
    refs: [],
    covers: "distractor-plenum-number",
  },
  { text: "Quyết định thành lập đoàn được công bố tại phòng 301.", refs: [], covers: "distractor-room" },
  {
    text: "Năm 2025, tỉnh phấn đấu tăng trưởng 10% và giai đoạn 2026-2030 đạt 9%.",
    refs: [],
    covers: "distractor-years",
  },
  { text: "Dịch COVID-19 và biến thể BA.2 từng làm chậm tiến độ.", refs: [], covers: "distractor-glued-digits" },
  { text: "Báo Đại Đoàn Kết06/03/2025 đưa tin về buổi làm việc.", refs: [], covers: "distractor-glued-date" },
  { text: "Kế hoạch 2026-2030 đã được duyệt.", refs: [], covers: "distractor-years" },
  { text: "Luật Đất đai 2024 có hiệu lực từ tháng 8.", refs: [], covers: "distractor-law-year" },
  { text: "Nghị quyết có 3 điểm mới so với trước.", refs: [], covers: "distractor-count" },
  {
    text: "Xã đã thông báo 3 lần cho người dân.",
    refs: [],
    covers: "distractor-verb-count",
  },
  {
    text: "Tỉnh báo cáo 5 nội dung với đoàn.",
    refs: [],
    covers: "distractor-verb-count",
  },
  {
    text: "Hội nghị kết luận 3 vấn đề lớn.",
    refs: [],
    covers: "distractor-verb-count",
  },
  {
    text: "Ban hướng dẫn 10 bước thực hiện.",
    refs: [],
    covers: "distractor-verb-count",
  },
  { text: "Mạng 4G phủ tới thôn bản, còn 5G mới có ở thành phố.", refs: [], covers: "distractor-glued-digits" },
];
