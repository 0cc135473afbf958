import type { Person } from "../positions/index.js";
import { foldWithMap } from "../text/index.js";
import type { MeetingKind, MeetingPerson, MeetingRole } from "./types.js";
import { CHAIR_AFTER, CHAIR_BEFORE, HEAD_AFTER } from "./vocabulary.js";

/** How the sentence names the one who led: "chủ trì" (chaired) or "do … dẫn đầu", "led by" (led). */
type LeadCue = "chair" | "lead";

/** The sentence's chair or leader, before the meeting's kind says whether leading a meeting is chairing it. */
export interface Leader {
  readonly person: Person;
  readonly cue: LeadCue;
}

const CHAIR_WORDS = /chu tri|chaired|presided/;

function folded(text: string): string {
  return foldWithMap(text).text.toLowerCase();
}

/** Where a person's name and the posts written around it start and end. */
function extent(person: Person): { start: number; end: number } {
  let start = person.span.start;
  let end = person.span.end;
  for (const post of person.posts) {
    start = Math.min(start, post.span.start);
    end = Math.max(end, post.span.end);
  }
  return { start, end };
}

/** The first person of a sentence said to chair or lead ("do đồng chí … làm Trưởng đoàn", "led by Comrade …"). */
export function leaderOf(text: string, people: readonly Person[]): Leader | undefined {
  for (const person of people) {
    const { start, end } = extent(person);
    // The honorific is not part of the name: look far enough back to pass it.
    const before = folded(text.slice(Math.max(0, start - 36), start));
    const after = folded(text.slice(end, end + 24));
    const chairBefore = CHAIR_BEFORE.exec(before);
    const chairAfter = CHAIR_AFTER.exec(after);
    if (chairBefore || chairAfter) {
      const words = `${chairBefore?.[0] ?? ""} ${chairAfter?.[0] ?? ""}`;
      return { person, cue: CHAIR_WORDS.test(words) ? "chair" : "lead" };
    }
  }
  return undefined;
}

/** A post that makes the person head or deputy head of the delegation: "Phó Trưởng đoàn Thường trực Đoàn kiểm tra". */
function delegationPost(person: Person): { role: MeetingRole; standing: boolean } | undefined {
  for (const post of person.posts) {
    if (post.role !== "head") continue;
    const organ = post.organ?.organId;
    const isDelegation =
      organ === "inspection-delegation" || (organ === undefined && /\bdoan\b|delegation/.test(folded(post.text)));
    if (isDelegation) return { role: post.deputy ? "deputy-head" : "head", standing: post.standing };
  }
  return undefined;
}

/** "… làm Trưởng đoàn", "… làm Phó Trưởng đoàn" written after the person and the posts. */
function headAfter(text: string, person: Person): MeetingRole | undefined {
  const { end } = extent(person);
  const after = HEAD_AFTER.exec(folded(text.slice(end, end + 24)));
  if (!after) return undefined;
  return after[1] !== undefined || after[2] !== undefined ? "deputy-head" : "head";
}

/** The person as a meeting names it, with the role the text gives. */
export function meetingPerson(
  text: string,
  person: Person,
  kind: MeetingKind,
  leader: Leader | undefined,
): MeetingPerson {
  const base = { name: person.name, span: person.span };
  const post = delegationPost(person);
  if (post) return { ...base, role: post.role, ...(post.standing ? { standing: true } : {}) };
  const after = headAfter(text, person);
  if (after) return { ...base, role: after };
  if (leader?.person === person || (leader && leader.person.span.start === person.span.start)) {
    const leads = leader.cue === "lead" && (kind === "delegation" || kind === "working-session");
    return { ...base, role: leads ? "head" : "chair" };
  }
  return { ...base, role: "participant" };
}
