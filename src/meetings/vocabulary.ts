import type { MeetingKind } from "./types.js";

/*
 * Trigger phrases, matched on diacritic-folded, lower-cased text. The capture group that matched gives the kind
 * (order of TRIGGER_KINDS). A fresh global regex per call keeps `lastIndex` out of module state. Longer phrases come first inside each group so that "hội nghị Trung ương" wins over
 * "hội nghị" and "working session" over "session" at the same position.
 */
export function meetingTrigger(): RegExp {
  return /\b(?:(hoi nghi (?:lan thu [a-z0-9]{1,12} )?ban chap hanh|hoi nghi trung uong|hoi nghi (?:tinh|thanh) uy|plenum|plenary (?:session|meeting))|(dai hoi(?! dong)|congress)|(ky hop|session)|(buoi lam viec|working session)|(hoi nghi|conference)|(doan kiem tra|doan cong tac|doan giam sat|(?:inspection|working|supervision|supervisory) (?:delegation|team|group)|delegation))\b/g;
}

export const TRIGGER_KINDS: readonly MeetingKind[] = Object.freeze([
  "plenum",
  "congress",
  "na-session",
  "working-session",
  "conference",
  "delegation",
] as const);

/** "lần thứ 11", "thứ XX", "kỳ họp thứ 9". */
export const ORDINAL_AFTER = /\b(?:lan thu|thu) [a-z0-9]{1,12}\b/;

/** A numeral right after the trigger: "Hội nghị Trung ương 11", "Đại hội XIII". */
export const NUMERAL_AFTER = /^ [a-z0-9]{1,6}\b/;

/** A delegation's number: "số 1922", "No. 1920", "number 12". */
export const NUMBER_AFTER = /^ (?:so|no\.?|number) (\d{1,6})\b/;

/** Term phrases, read afterwards with the term grammar. */
export const TERM_PHRASE =
  /\b(?:khoa (?:thu )?[a-z0-9]{1,10}(?:,? nhiem ky \d{4} ?[-\u2013\u2014] ?\d{4})?|nhiem ky \d{4} ?[-\u2013\u2014] ?\d{4}|\d{1,3}(?:st|nd|rd|th) (?:term|tenure)|(?:term|tenure) \d{4} ?[-\u2013\u2014] ?\d{4}|\d{4} ?[-\u2013\u2014] ?\d{4} (?:term|tenure))\b/;

/**
 * An English ordinal naming the body's term: "the 15th National Assembly", "the 13th Party Central Committee",
 * "the 20th Cao Bang Provincial Party Executive Committee" (at most four words, a place name, in between).
 */
export const BODY_ORDINAL =
  /\b(\d{1,3})(?:st|nd|rd|th) (?:[a-z]{1,20} ){0,4}?(?:national assembly|party central committee|central committee|party executive committee|executive committee)\b/;

/**
 * Where a meeting's name ends: a document title ("dự thảo Quy chế … khóa XX", "Resolution No. 18 … of the 12th
 * Party Central Committee") or a verb of adopting. A term written after it belongs to the document, not the meeting.
 */
export const NAME_END =
  /\b(?:thong qua|du thao|nghi quyet|quy che|quy dinh|ket luan|chi thi|thong bao|huong dan|bao cao|approved|adopted|draft|resolutions?|regulations?|conclusions?|directives?|reports?)\b/;

/** Generic congresses and conferences, no one meeting: "đại hội đảng bộ các cấp", "congresses at all levels". */
export const ALL_LEVELS = /^(?: dang bo| dang)? cac cap\b|^ at all levels\b/;

/** Words before an English "delegation" that make it a standing organ ("National Assembly (Party) Delegation"). */
export const STANDING_DELEGATION = /\b(?:assembly|assembly's|party|assembly party) $/;

/**
 * Words before a name (and its honorific) that say the person chaired or led ("do đồng chí …", "led by Comrade …").
 */
export const CHAIR_BEFORE =
  /(?:\bdo|\bchu tri(?: cua)?|\bled by|\bchaired by|\bheaded by|\bpresided over by) ?(?:(?:dong chi|ong|ba|comrade|mr\.?|mrs\.?|ms\.?) ?)?$/;

/** Words after a name that say the person chaired or led ("chủ trì", "chaired", "làm Trưởng đoàn", "dẫn đầu"). */
export const CHAIR_AFTER = /^,? ?(?:chu tri|chaired|presided|led|dan dau|lam (?:pho )?truong doan)\b/;

/** Words after a name that give the person's place in a delegation: "làm Trưởng đoàn", "as deputy head". */
export const HEAD_AFTER = /^,? ?(?:lam (pho )?truong doan|as (deputy )?head)\b/;

/** Words right before a date that make it not the meeting's own date ("từ ngày 1/7", "since July 1", "as of"). */
export const NOT_OWN_DATE = /(?:\btu|\bden|\btinh den|\bsince|\bfrom|\buntil|\bas of|\bby) (?:ngay )?$/;

/** National bodies whose plenums and congresses follow the national Party term. */
export const CENTRAL_PLENUM = /trung uong|central committee|\bcentral\b/;
export const NATIONAL_CONGRESS =
  /toan quoc|national party congress|\bnational congress\b|dai hoi (?:dang )?(?:lan thu )?[xivl]{1,6}\b/;

/** A National Assembly named near a session. */
export const NATIONAL_ASSEMBLY = /quoc hoi|national assembly/;
