/**
 * Folding for matching, not for display: NFKC (half-width kana, full-width Latin and digits),
 * lower case, katakana → hiragana (コンビニ = こんびに), and no spaces or punctuation, so that
 * "コンビニ\u3000で", "ｺﾝﾋﾞﾆで" and "こんびにで" all match the same rule.
 */
export const fold = remembered((text: string): string =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u30a1-\u30f6]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60))
    .replace(/[\s\p{P}\p{S}\p{Cc}\p{Cf}]+/gu, ''),
);

/** Folding that keeps word boundaries: for Latin-script languages. */
export const foldWords = remembered(
  (text: string): string =>
    ` ${text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[\p{P}\p{S}\p{Cc}\p{Cf}]+/gu, ' ')
      .replace(/\s+/gu, ' ')
      .trim()} `,
);

/**
 * `fn` with its answers for the last few hundred short texts kept. One turn folds the same
 * message in a dozen places (the commands, the emergency phrases, the routers, each dialog's
 * answer words), and NFKC with the regular expressions was a tenth of a turn. Short texts only,
 * and the whole memory is dropped once full, so it stays small (a few hundred messages).
 */
function remembered(fn: (text: string) => string): (text: string) => string {
  const known = new Map<string, string>();
  return (text) => {
    if (text.length > REMEMBERED_CHARS) return fn(text);
    let result = known.get(text);
    if (result === undefined) {
      if (known.size >= REMEMBERED_TEXTS) known.clear();
      result = fn(text);
      known.set(text, result);
    }
    return result;
  };
}
const REMEMBERED_CHARS = 200;
const REMEMBERED_TEXTS = 512;

/** Routing looks at the start of a message only: enough for any real question, bounded for 10,000 characters. */
export const MAX_ROUTED_CHARS = 500;

/**
 * Emergencies are looked for in the whole message, not only its start: a resident with little
 * Japanese may tell the story first and the fire last. Bounded all the same (a LINE text is at
 * most 5,000 characters); the scan is linear in the length.
 */
export const MAX_EMERGENCY_CHARS = 10_000;

/** Web and e-mail addresses: they say nothing about the topic or the language of a message. */
// An e-mail's local part is at most 64 characters (RFC 5321): unbounded, a long run of letters or
// digits with no @ was tried at every position, in time that grows with the square of its length.
export const ADDRESSES = /https?:\/\/\S+|www\.\S+|[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+/giu;
