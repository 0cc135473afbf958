import type { Person, Post } from "../positions/index.js";
import { foldForMatch } from "../text/index.js";
import { addMention, createMentionIndex, findOverlapping, type MentionIndex } from "./mention-index.js";
import { mentionOf } from "./mention-of.js";
import { findOrganEntry, type OrganTable } from "./organs.js";
import { toPlain } from "./plain.js";
import type { EntryId, Mention, PersonEntry, PostEntry } from "./types.js";
import { noteKey, type UniqueKeyMap, uniqueEntry } from "./unique-key.js";

/** Person entries, with the look-ups meetings link through. */
export interface PersonTable {
  readonly entries: PersonEntry[];
  readonly index: MentionIndex;
  readonly byName: UniqueKeyMap;
}

/** `"person:<index>"`. */
function personEntryId(index: number): EntryId {
  return `person:${index}`;
}

/** The key two spellings of one name share: folded, lower case, spaces collapsed. */
function nameKey(name: string): string {
  return foldForMatch(name);
}

function toPost(text: string, post: Post, organs: OrganTable): PostEntry {
  const organ = post.organ;
  const organRef =
    organ === undefined ? undefined : findOrganEntry(organs, organ.organId, organ.place?.code, post.span);
  return {
    role: post.role,
    deputy: post.deputy,
    standing: post.standing,
    ...mentionOf(text, post.span, post.text),
    ...(organ !== undefined && { organId: organ.organId }),
    ...(organ?.level !== undefined && { level: organ.level }),
    ...(organ?.place !== undefined && { place: toPlain(organ.place) }),
    ...(organRef !== undefined && { organRef }),
  };
}

function postKey(post: PostEntry): string {
  return `${post.role}|${post.deputy}|${post.standing}|${post.organId ?? ""}|${post.place?.code ?? post.place?.text ?? ""}`;
}

/** One entry per name (with or without diacritics), with every mention and every distinct post. */
export function buildPeople(text: string, people: readonly Person[], organs: OrganTable): PersonTable {
  const entries: PersonEntry[] = [];
  const mentionLists: Mention[][] = [];
  const postLists: PostEntry[][] = [];
  const postKeys: Set<string>[] = [];
  const seen = new Map<string, number>();
  const index = createMentionIndex();
  const byName: UniqueKeyMap = new Map();
  for (const person of people) {
    const key = nameKey(person.name);
    let at = seen.get(key);
    const written = mentionOf(text, person.span, person.name);
    if (at === undefined) {
      at = entries.length;
      seen.set(key, at);
      const mentions = [written];
      const posts: PostEntry[] = [];
      mentionLists.push(mentions);
      postLists.push(posts);
      postKeys.push(new Set());
      entries.push({
        id: personEntryId(at),
        name: person.name,
        foldedName: key,
        span: written.span,
        text: written.text,
        mentions,
        ...(person.honorific !== undefined && { honorific: person.honorific }),
        posts,
      });
      noteKey(byName, key, at);
    } else {
      mentionLists[at]?.push(written);
    }
    const posts = postLists[at];
    const keys = postKeys[at];
    for (const post of person.posts) {
      const entry = toPost(text, post, organs);
      const postId = postKey(entry);
      if (posts === undefined || keys === undefined || keys.has(postId)) continue;
      keys.add(postId);
      posts.push(entry);
    }
    addMention(index, written.span, at);
  }
  return { entries, index, byName };
}

/** The person entry of a name written at `span`: a person mention there, else the one entry with that name. */
export function findPersonEntry(people: PersonTable, name: string, span: Mention["span"]): EntryId | undefined {
  let found = findOverlapping(people.index, span, () => true);
  if (found < 0) found = uniqueEntry(people.byName, nameKey(name));
  return found < 0 ? undefined : people.entries[found]?.id;
}
