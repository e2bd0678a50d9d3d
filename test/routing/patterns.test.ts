import fc from 'fast-check';
import { mergeEmergencyFiles, readEmergencyDir } from '../../knowledge/routing/emergency';
import { compilePattern, matches, PatternIndex, prepareText } from '../../knowledge/routing/patterns';

/** Every emergency phrase of every language, as one list. */
const data = mergeEmergencyFiles(readEmergencyDir().map((f) => f.data));
const phrases = [
  ...Object.values(data.kinds).flatMap((k) => [...(k.always ?? []), ...(k.unlessPast ?? [])]),
  ...(data.pastOrInfo ?? []),
];
const compiled = phrases.map(compilePattern);
const index = new PatternIndex(compiled);

describe('PatternIndex', () => {
  it('finds the same first pattern as trying every pattern in order', () => {
    const fragment = fc.oneof(
      fc.constantFrom(...phrases),
      fc.string({ maxLength: 12 }),
      fc.constantFrom(' ', '。', 'now ', '😀'),
    );
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 6 }), (parts) => {
        const text = prepareText(parts.join(' '));
        expect(index.first(text)?.source).toBe(compiled.find((p) => matches(p, text))?.source);
      }),
      { numRuns: 400 },
    );
  });

  it('finds every phrase in a sentence around it', () => {
    for (const phrase of phrases.slice(0, 400)) {
      const text = prepareText(`well ${phrase} now`);
      expect(index.first(text)).toBe(compiled.find((p) => matches(p, text)));
    }
  });
});
