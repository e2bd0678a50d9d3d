import fc from 'fast-check';
import { KnowledgeBase } from '../../knowledge/knowledgeBase';
import { mayHoldPhone, unknownPhoneNumbers } from '../../knowledge/phoneCheck';

const kb = KnowledgeBase.load();

describe('unknownPhoneNumbers', () => {
  it.each<[string, string[]]>([
    ['yung 06-6773-6533 po ba tama?', ['06-6773-6533']],
    ['09012345678', ['09012345678']],
    ['+81 6 6773 6533 から電話', ['+81 6 6773 6533']],
    ['０６（６７７３）６５３３', ['06(6773)6533']],
    // Digits NFKC makes of other characters: the quick check before it must not skip them.
    ['⓪⑥-⑥⑦⑦③-⑥⑤③③ is it you?', ['06-6773-6533']],
    // The contacts' own numbers, however written.
    ['is 06-6941-2297 the right number for OFIX?', []],
    ['０６－６６１４－０９９９', []],
    ['+81 6 6614 0999', []],
    // Not phone numbers: short codes, dates, card numbers, amounts.
    ['#7119 or 188', []],
    ['2026-12-01 at 10:00', []],
    ['card 1234-5678-9012-3456', []],
    ['30,000 yen', []],
  ])('%s → %j', (text, expected) => {
    expect(unknownPhoneNumbers(kb, text)).toEqual(expected);
  });

  it('never throws, and returns only numbers of 10 or 11 digits found in the text', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 300 }),
        fc.string({ minLength: 9, maxLength: 10, unit: fc.constantFrom(...'0123456789') }),
        (noise, digits) => {
          const text = `${noise} 0${digits} ${noise}`;
          const found = unknownPhoneNumbers(kb, text);
          for (const n of found) {
            expect(text.normalize('NFKC')).toContain(n);
            expect(n.replace(/^\+81/u, '0').replace(/\D/gu, '').length).toBeGreaterThanOrEqual(10);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('skips only texts that cannot hold ten digits once NFKC has made them ASCII', () => {
    // Every code point: those NFKC turns into digits must count for at least as many.
    for (let cp = 0; cp < 0x110000; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCodePoint(cp);
      const digits = (c.normalize('NFKC').match(/[0-9]/gu) ?? []).length;
      if (digits === 0) continue;
      // Ten of it, or with ASCII digits to make up ten, is never skipped.
      expect([cp.toString(16), mayHoldPhone(c.repeat(Math.ceil(10 / digits)))]).toEqual([
        cp.toString(16),
        true,
      ]);
      expect([cp.toString(16), mayHoldPhone(c + '0'.repeat(Math.max(0, 10 - digits)))]).toEqual([
        cp.toString(16),
        true,
      ]);
    }
    expect(mayHoldPhone('コンビニで住民票を取りたい')).toBe(false);
    expect(mayHoldPhone('call 188 or #7119 today')).toBe(false);
  });
});
