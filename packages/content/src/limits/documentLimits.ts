import { MAX_NESTING_DEPTH, MAX_TEXT_LENGTH } from "../rules.ts";

/** One problem at one place in a document; the path is as zod and the Studio give it. */
export interface LimitProblem {
  path: (string | number)[];
  rule: string;
}

/**
 * Control characters (C0 but tab, line feed and carriage return; DEL; C1):
 * invisible on a page, invalid in XML 1.0 (the feed and the sitemap), and a
 * way to hide text from a reviewer.
 */
// eslint-disable-next-line no-control-regex -- these are the characters this rule refuses
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
/** Half of a UTF-16 pair without the other half: no character at all, and invalid in XML and UTF-8. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Unicode's noncharacters (U+FDD0 to U+FDEF, and the last two code points of every plane): reserved for a
 * program's internal use, never text. HTML parsers report them as errors and XML 1.0 forbids U+FFFE and U+FFFF.
 */
const NONCHARACTER =
  /[\uFDD0-\uFDEF\uFFFE\uFFFF\u{1FFFE}\u{1FFFF}\u{2FFFE}\u{2FFFF}\u{3FFFE}\u{3FFFF}\u{4FFFE}\u{4FFFF}\u{5FFFE}\u{5FFFF}\u{6FFFE}\u{6FFFF}\u{7FFFE}\u{7FFFF}\u{8FFFE}\u{8FFFF}\u{9FFFE}\u{9FFFF}\u{AFFFE}\u{AFFFF}\u{BFFFE}\u{BFFFF}\u{CFFFE}\u{CFFFF}\u{DFFFE}\u{DFFFF}\u{EFFFE}\u{EFFFF}\u{FFFFE}\u{FFFFF}\u{10FFFE}\u{10FFFF}]/u;

/** At most this many problems are reported per document: one broken paste can repeat in every block. */
const MAX_PROBLEMS_PER_DOCUMENT = 20;

function codePoint(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}

/** What is wrong with one text value, if anything. */
export function textProblem(text: string): string | null {
  if (text.length > MAX_TEXT_LENGTH) return `Must be at most ${MAX_TEXT_LENGTH} characters`;
  const control = CONTROL_CHARACTER.exec(text);
  if (control) return `Contains an invisible control character (${codePoint(control[0])}): retype the text around it`;
  const noncharacter = NONCHARACTER.exec(text);
  if (noncharacter)
    return `Contains a character that is not text (${codePoint(noncharacter[0])}): retype the text around it`;
  if (LONE_SURROGATE.test(text))
    return "Contains a broken character (half of a UTF-16 pair): retype the text around it";
  return null;
}

/**
 * Every text value in a document, at any depth, checked against the rules no
 * output can tolerate, and the document's nesting against MAX_NESTING_DEPTH.
 * The walk is iterative and visits each value once, so its cost is linear in
 * the document's size and a hostile depth cannot overflow the stack. The
 * Studio runs it on the document being edited and the build on every
 * document it reads, so both refuse the same values at the same place.
 */
export function documentLimitProblems(document: unknown): LimitProblem[] {
  const problems: LimitProblem[] = [];
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: document, path: [] }];
  while (stack.length > 0 && problems.length < MAX_PROBLEMS_PER_DOCUMENT) {
    const { value, path } = stack.pop()!;
    if (typeof value === "string") {
      const problem = textProblem(value);
      if (problem) problems.push({ path, rule: problem });
      continue;
    }
    if (typeof value !== "object" || value === null) continue;
    // Another document inside this one (a query's dereferenced reviewer or author) is checked as itself, where its
    // own fields can be fixed; reported here, it would name a field this document's editor cannot change.
    if (path.length > 0 && typeof (value as { _id?: unknown })._id === "string") continue;
    if (path.length >= MAX_NESTING_DEPTH) {
      problems.push({ path, rule: `Nested more than ${MAX_NESTING_DEPTH} levels deep` });
      continue;
    }
    const entries: [string | number, unknown][] = Array.isArray(value)
      ? value.map((item, index) => [index, item])
      : Object.entries(value);
    // Pushed in reverse, so problems come out in document order.
    for (let index = entries.length - 1; index >= 0; index--) {
      const [key, item] = entries[index]!;
      stack.push({ value: item, path: [...path, key] });
    }
  }
  return problems;
}
