import ViterbiLattice from 'kuromoji/src/viterbi/ViterbiLattice';
import ViterbiNode from 'kuromoji/src/viterbi/ViterbiNode';
import type { CharacterClass, KuromojiTokenizerInternals } from 'kuromoji/src/Tokenizer';
import type { IpadicFeatures as Token } from 'kuromoji';

/**
 * kuromoji's lattice builder, without its quadratic cost. For every character of a piece, the
 * original re-encodes the whole rest of the piece to UTF-8 (doublearray's commonPrefixSearch),
 * copies a byte array for each dictionary hit, and walks the rest of the piece again to group
 * unknown characters: most of the tokenizer's time on the sentences of city pages. This builder
 * encodes a piece once, walks the trie from each character only as far as a word goes, and finds
 * each run of same-class characters once. It appends the same nodes in the same order as
 * kuromoji 0.1.2, including its quirks (an unknown run's length counts UTF-16 units when the run
 * was extended, one character when not), so the tokens are identical: the test compares both
 * builders on the corpus and on random text.
 */
export class LatticeBuilder {
  private readonly base: Int32Array;
  private readonly check: Int32Array;
  /**
   * For each trie entry met so far: its words as (id, cost, left id, right id) quadruples. Read
   * once from kuromoji's target map (an object with 390,000 keys, slow to index) and records.
   */
  private readonly knownWords = new Map<number, Int32Array>();
  private readonly unknownWords: (Int32Array | undefined)[] = [];
  /** The character class of each UTF-16 unit met so far. */
  private readonly classes = new Array<CharacterClass | undefined>(0x10000);

  constructor(private readonly tokenizer: KuromojiTokenizerInternals) {
    const bc = tokenizer.viterbi_builder.trie.bc;
    this.base = bc.getBaseBuffer();
    this.check = bc.getCheckBuffer();
  }

  /**
   * Makes a kuromoji tokenizer build its lattices here, and turn a path into tokens from feature
   * lists it has already split (kuromoji decodes and splits a word's UTF-8 features again for every
   * token). Returns the tokenizer.
   */
  static install<T extends KuromojiTokenizerInternals>(tokenizer: T, featureCacheSize = 20_000): T {
    const builder = new LatticeBuilder(tokenizer);
    tokenizer.viterbi_builder = {
      trie: tokenizer.viterbi_builder.trie,
      build: (s: string) => builder.build(s),
    };
    const known = featureLists(tokenizer.token_info_dictionary, featureCacheSize);
    const unknown = featureLists(tokenizer.unknown_dictionary, featureCacheSize);
    // kuromoji's Tokenizer.tokenizeForSentence and IpadicFormatter, field for field.
    tokenizer.tokenizeForSentence = (sentence: string, tokens: Token[] = []): Token[] => {
      const path = tokenizer.viterbi_searcher.search(builder.build(sentence));
      const last = tokens.length > 0 ? tokens[tokens.length - 1]!.word_position : 0;
      for (const node of path) {
        const position = last + node.start_pos;
        if (node.type === 'UNKNOWN') {
          const f = unknown(node.name);
          // No reading or pronunciation keys at all, as kuromoji gives unknown words.
          tokens.push({
            word_id: node.name,
            word_type: 'UNKNOWN',
            word_position: position,
            surface_form: node.surface_form,
            ...partOfSpeech(f),
          });
          continue;
        }
        const f = node.type === 'KNOWN' ? known(node.name) : [];
        tokens.push({
          word_id: node.name,
          word_type: node.type,
          word_position: position,
          surface_form: f[0]!,
          ...partOfSpeech(f),
          reading: f[8],
          pronunciation: f[9],
        });
      }
      return tokens;
    };
    return tokenizer;
  }

  // Scratch space for build, reused up to 64K: allocating typed arrays for every piece cost more
  // than filling them.
  private scratch = newScratch(0);

  build(sentence: string): ViterbiLattice {
    const lattice = new ViterbiLattice();
    const known = this.tokenizer.token_info_dictionary;
    const unknown = this.tokenizer.unknown_dictionary;

    const size = sentence.length * 4 + 1;
    let scratch = this.scratch;
    if (scratch.bytes.length < size) {
      scratch = newScratch(size);
      if (size <= 0x10000) this.scratch = scratch;
    }
    const { bytes, unitEndAtByte, unitStart, byteStart, runEnd, classes } = scratch;
    let nBytes = 0;
    let length = 0;
    for (let u = 0; u < sentence.length;) {
      unitStart[length] = u;
      byteStart[length++] = nBytes;
      let code = sentence.charCodeAt(u++);
      if (code >= 0xd800 && code <= 0xdbff && u < sentence.length) {
        const low = sentence.charCodeAt(u);
        if (low >= 0xdc00 && low <= 0xdfff) {
          code = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
          u++;
        }
      }
      if (code < 0x80) bytes[nBytes++] = code;
      else if (code < 0x800) {
        bytes[nBytes++] = 0xc0 | (code >> 6);
        bytes[nBytes++] = 0x80 | (code & 0x3f);
      } else if (code < 0x10000) {
        bytes[nBytes++] = 0xe0 | (code >> 12);
        bytes[nBytes++] = 0x80 | ((code >> 6) & 0x3f);
        bytes[nBytes++] = 0x80 | (code & 0x3f);
      } else {
        // Astral characters are never in the dictionary: their bytes only need to end a walk.
        bytes[nBytes++] = 0xf0 | (code >> 18);
        bytes[nBytes++] = 0x80 | ((code >> 12) & 0x3f);
        bytes[nBytes++] = 0x80 | ((code >> 6) & 0x3f);
        bytes[nBytes++] = 0x80 | (code & 0x3f);
      }
      unitEndAtByte[nBytes - 1] = u;
    }
    unitStart[length] = sentence.length;

    // The character class of each character, and where its run of the same class ends.
    for (let p = 0; p < length; p++) {
      const code = sentence.charCodeAt(unitStart[p]!);
      // A class depends on the first UTF-16 unit only (kuromoji's CharacterDefinition.lookup).
      classes[p] = this.classes[code] ??= unknown.lookup(sentence.slice(unitStart[p], unitStart[p + 1]));
    }
    for (let p = length - 1; p >= 0; p--) {
      runEnd[p] =
        p + 1 < length && classes[p + 1]!.class_name === classes[p]!.class_name ? runEnd[p + 1]! : p + 1;
    }

    const { base, check } = this;
    for (let pos = 0; pos < length; pos++) {
      let found = 0;
      let parent = 0;
      for (let i = byteStart[pos]!; i < nBytes; i++) {
        const child = base[parent]! + bytes[i]!;
        if (child >= check.length || check[child] !== parent) break;
        parent = child;
        const leaf = base[child]!; // the terminal character's code is 0
        if (leaf >= check.length || check[leaf] !== child) continue;
        const trieId = -base[leaf]! - 1;
        const key = sentence.slice(unitStart[pos], unitEndAtByte[i]);
        let words = this.knownWords.get(trieId);
        if (!words) this.knownWords.set(trieId, (words = quadruples(known, trieId)));
        appendWords(lattice, words, pos + 1, key.length, 'KNOWN', key);
        found++;
      }

      const head = classes[pos]!;
      if (found > 0 && head.is_always_invoke !== 1) continue;
      const extended = head.is_grouping === 1 && runEnd[pos]! > pos + 1;
      const surface = sentence.slice(unitStart[pos], unitStart[extended ? runEnd[pos]! : pos + 1]);
      const words = (this.unknownWords[head.class_id] ??= quadruples(unknown, head.class_id));
      appendWords(lattice, words, pos + 1, extended ? surface.length : 1, 'UNKNOWN', surface);
    }
    lattice.appendEos();
    return lattice;
  }
}

/** A target map entry's words as (id, cost, left id, right id): int16 records at the id's offset. */
function quadruples(
  dictionary: {
    dictionary: { buffer: Uint8Array };
    target_map: Record<number, readonly number[] | undefined>;
  },
  key: number,
): Int32Array {
  const ids = dictionary.target_map[key] ?? [];
  const b = dictionary.dictionary.buffer;
  const records = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const out = new Int32Array(ids.length * 4);
  ids.forEach((id, n) => {
    const at = Number(id);
    out.set(
      [at, records.getInt16(at + 4, true), records.getInt16(at, true), records.getInt16(at + 2, true)],
      n * 4,
    );
  });
  return out;
}

/** A dictionary's features of a word, split, remembered for the words met (bounded). */
function featureLists(
  dictionary: { getFeatures(id: number): string | null },
  capacity: number,
): (id: number) => readonly string[] {
  const lists = new Map<number, readonly string[]>();
  return (id) => {
    let list = lists.get(id);
    if (list === undefined) {
      const line = dictionary.getFeatures(id);
      list = line == null ? [] : line.split(',');
      // A vocabulary this big only comes from hostile input: start again rather than grow.
      if (lists.size >= capacity) lists.clear();
      lists.set(id, list);
    }
    return list;
  };
}

/** Per piece: `size` bounds its UTF-8 bytes; its characters (code points) are fewer. */
interface Scratch {
  /** The piece in UTF-8. */
  bytes: Uint8Array;
  /** For the last byte of each character: the UTF-16 index after that character. */
  unitEndAtByte: Int32Array;
  /** For each character: where it starts in UTF-16 units (one more: the end), and in bytes. */
  unitStart: Int32Array;
  byteStart: Int32Array;
  /** For each character: its class, and where the run of characters of its class ends. */
  classes: CharacterClass[];
  runEnd: Int32Array;
}

function newScratch(size: number): Scratch {
  return {
    bytes: new Uint8Array(size),
    unitEndAtByte: new Int32Array(size),
    unitStart: new Int32Array(size),
    byteStart: new Int32Array(size),
    classes: [],
    runEnd: new Int32Array(size),
  };
}

/** IPADIC's part-of-speech and conjugation fields of a feature list. */
function partOfSpeech(
  f: readonly string[],
): Pick<
  Token,
  | 'pos'
  | 'pos_detail_1'
  | 'pos_detail_2'
  | 'pos_detail_3'
  | 'conjugated_type'
  | 'conjugated_form'
  | 'basic_form'
> {
  return {
    pos: f[1]!,
    pos_detail_1: f[2]!,
    pos_detail_2: f[3]!,
    pos_detail_3: f[4]!,
    conjugated_type: f[5]!,
    conjugated_form: f[6]!,
    basic_form: f[7]!,
  };
}

/** One lattice node per word of a dictionary entry, all over the same span of the piece. */
function appendWords(
  lattice: ViterbiLattice,
  words: Int32Array,
  start: number,
  length: number,
  type: 'KNOWN' | 'UNKNOWN',
  surface: string,
): void {
  for (let w = 0; w < words.length; w += 4) {
    lattice.append(
      new ViterbiNode(words[w]!, words[w + 1]!, start, length, type, words[w + 2]!, words[w + 3]!, surface),
    );
  }
}
