import { createHash, randomBytes } from 'node:crypto';

/**
 * Residents talk about fraud and crime: ids are hashed before they reach a log or a counter, and
 * free text is scrubbed of phone numbers, e-mail addresses and self-introductions before storage.
 */
export class IdHasher {
  private readonly salt: string;
  /**
   * Hashes already computed: every turn logs its conversation and user, the same ids turn after
   * turn. Bounded: emptied when full. The ids stay in this process's memory (as they already do in
   * the conversation state), never in a log.
   */
  private readonly known = new Map<string, string>();
  private static readonly KNOWN_MAX = 10_000;

  constructor(salt: string) {
    this.salt = salt || randomBytes(16).toString('hex');
  }

  hash(id: string | undefined): string | undefined {
    if (!id) return undefined;
    const known = this.known.get(id);
    if (known !== undefined) return known;
    const hashed = createHash('sha256')
      .update(this.salt)
      .update('\0')
      .update(id)
      .digest('base64url')
      .slice(0, 16);
    if (this.known.size >= IdHasher.KNOWN_MAX) this.known.clear();
    this.known.set(id, hashed);
    return hashed;
  }
}

const SCRUBBERS: ReadonlyArray<[RegExp, string]> = [
  // The local part is at most 64 characters (RFC 5321): unbounded, a long run of letters or digits
  // with no @ was tried at every position, in time that grows with the square of its length.
  [/[\w.+-]{1,64}@[\w-]+(\.[\w-]+)+/gu, '[email]'],
  // Phone numbers: 0X-XXXX-XXXX, +81 …, 090…, with any separators; long digit runs too (card, account numbers).
  [/(\+?\d[\d\s()\u2010-\u2015-]{8,}\d)/gu, '[number]'],
  // "私は山田です" / "my name is John Smith": the name after a self-introduction.
  [
    /(私の名前は|わたしのなまえは|名前は|なまえは|私は|わたしは)\s*[^\s、。,.!?！？]{1,12}(です|と申します|といいます)/gu,
    '$1[name]$2',
  ],
  [/\b(my name is|i am|i'm|this is)\s+[A-Z][\p{L}'-]+(\s+[A-Z][\p{L}'-]+)?/gu, '$1 [name]'],
];

export function scrub(text: string): string {
  let out = text.normalize('NFKC');
  for (const [pattern, replacement] of SCRUBBERS) out = out.replace(pattern, replacement);
  return out;
}
