import type { KnowledgeBase } from './knowledgeBase';

/**
 * A Japanese phone number as residents write it: 06-6773-6533, 090 1234 5678, ０６（６９４１）２２９７,
 * +81 6 6941 2297. Ten or eleven digits from the leading 0 (see digitsOf).
 */
const PHONE = /(?<![\d#])(?:\+81[\s-]?|0)\d{1,4}[\s()-]*\d{1,4}[\s()-]*\d{3,4}(?!\d)/gu;

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
  const known = new Set(
    kb.data.contacts
      .flatMap((c) => [c.phone, c.altPhone])
      .filter((p): p is string => Boolean(p))
      .map(digitsOf),
  );
  const found: string[] = [];
  for (const match of text.normalize('NFKC').slice(0, 2000).matchAll(PHONE)) {
    const digits = digitsOf(match[0]);
    if (digits.length < 10 || digits.length > 11 || known.has(digits)) continue;
    const written = match[0].trim();
    if (!found.includes(written)) found.push(written);
  }
  return found;
}
