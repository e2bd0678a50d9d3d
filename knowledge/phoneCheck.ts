import type { KnowledgeBase } from './knowledgeBase';

/**
 * A Japanese phone number as residents write it: 06-6773-6533, 090 1234 5678, ０６（６９４１）２２９７,
 * +81 6 6941 2297. Ten or eleven digits from the leading 0 (see digitsOf).
 */
const PHONE = /(?<![\d#])(?:\+81[\s-]?|0)\d{1,4}[\s()-]*\d{1,4}[\s()-]*\d{3,4}(?!\d)/gu;

/**
 * Whether the text may hold ten digits once NFKC has made them ASCII: most messages hold fewer,
 * and need no normalising and matching. Every character NFKC turns into digits is a number
 * (０, ①, ⒇) or in the CJK compatibility block (㏠, ㍘), and gives at most three (⅒ is 1⁄10),
 * so each is counted as three.
 */
export function mayHoldPhone(text: string): boolean {
  let digits = 0;
  for (const [c] of text.matchAll(NUMBERISH)) {
    digits += c >= '0' && c <= '9' ? 1 : 3;
    if (digits >= 10) return true;
  }
  return false;
}
const NUMBERISH = /[0-9]|[\p{N}\u3200-\u33ff]/gu;

/** The digits of every contact's numbers, by knowledge data: built once, not on every message. */
const KNOWN = new WeakMap<KnowledgeBase['data'], Set<string>>();
function knownNumbers(kb: KnowledgeBase): Set<string> {
  let known = KNOWN.get(kb.data);
  if (!known) {
    known = new Set(
      kb.data.contacts
        .flatMap((c) => [c.phone, c.altPhone])
        .filter((p): p is string => Boolean(p))
        .map(digitsOf),
    );
    KNOWN.set(kb.data, known);
  }
  return known;
}

/** The digits of a number, a +81 prefix written as the 0 dialled inside Japan. */
function digitsOf(phone: string): string {
  return phone.replace(/^\+81/u, '0').replace(/\D/gu, '');
}

/**
 * The phone numbers in a message that are none of the contacts this bot knows (06-6773-6533, a
 * "multilingual hotline" from a flyer; the number that called): the bot can confirm only its own.
 * As written, in order, each once.
 */
export function unknownPhoneNumbers(kb: KnowledgeBase, text: string): string[] {
  if (!mayHoldPhone(text)) return [];
  const known = knownNumbers(kb);
  const found: string[] = [];
  for (const match of text.normalize('NFKC').slice(0, 2000).matchAll(PHONE)) {
    const digits = digitsOf(match[0]);
    if (digits.length < 10 || digits.length > 11 || known.has(digits)) continue;
    const written = match[0].trim();
    if (!found.includes(written)) found.push(written);
  }
  return found;
}
