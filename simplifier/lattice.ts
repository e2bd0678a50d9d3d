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
 *
 * A piece without surrogates (every piece the pipeline reads, in practice) does not go through
 * kuromoji's lattice at all: `path` runs the same Viterbi search while it builds, in flat arrays
 * (see there). Building a ViterbiNode per word and searching them again was most of what was left.
 */
export class LatticeBuilder {
  private readonly base: Int32Array;
  private readonly check: Int32Array;
  /**
   * kuromoji's connection costs (ConnectionCosts.get(right id of the node before, left id)):
   * [rights, lefts, cost of (right, left) at right * lefts + left + 2…], 3.4 MB.
   */
  private readonly connection: Int16Array;
  /**
   * The same costs again, by left id then right id, with the ids numbered in the order they are
   * first met (see compactLeft): the few dozen ids that nearly every text uses come first, so the
   * costs read between them lie in a few kilobytes instead of all over the table. Between two
   * pieces the pipeline's own work pushes the tokenizer's data out of the CPU caches, and reading
   * that back was what the forward pass spent most of its time on.
   */
  private readonly costs: Int16Array;
  private readonly size: number;
  /** By kuromoji's id, its compact number (-1: not met yet); by compact number, the id. */
  private readonly leftIds: Int32Array;
  private readonly rightIds: Int32Array;
  private readonly lefts: number[] = [];
  private readonly rights: number[] = [];
  /**
   * For each trie entry met so far: where its words are in `pool`, plus one (0: not read yet).
   * Words are (id, cost, left id, right id) quadruples, read once from kuromoji's target map (an
   * object with 390,000 keys, slow to index) and records; an array indexes faster than a Map.
   */
  private wordsAt = new Int32Array(0);
  /** The words of the entries met, read into one array: per entry, how many, then their quadruples. */
  private pool = new Int32Array(0x1000);
  private pooled = 0;
  private readonly unknownWords: (Int32Array | undefined)[] = [];
  /** The character class of each UTF-16 unit met so far. */
  private readonly classes = new Array<CharacterClass | undefined>(0x10000);

  constructor(private readonly tokenizer: KuromojiTokenizerInternals) {
    const bc = tokenizer.viterbi_builder.trie.bc;
    this.base = bc.getBaseBuffer();
    this.check = bc.getCheckBuffer();
    this.connection = (tokenizer.viterbi_searcher as unknown as Searcher).connection_costs.buffer;
    const [rights, lefts] = [this.connection[0]!, this.connection[1]!];
    this.size = Math.max(rights, lefts);
    this.costs = new Int16Array(this.size * this.size);
    this.leftIds = new Int32Array(lefts).fill(-1);
    this.rightIds = new Int32Array(rights).fill(-1);
  }

  /** The compact number of a left id (see costs), given on first use with its costs filled in. */
  private compactLeft(id: number): number {
    let c = this.leftIds[id]!;
    if (c >= 0) return c;
    c = this.leftIds[id] = this.lefts.push(id) - 1;
    const { costs, connection, rights, size } = this;
    const lefts = connection[1]!;
    for (let r = 0; r < rights.length; r++) costs[c * size + r] = connection[rights[r]! * lefts + id + 2]!;
    return c;
  }

  /** The compact number of a right id, as compactLeft. */
  private compactRight(id: number): number {
    let c = this.rightIds[id]!;
    if (c >= 0) return c;
    c = this.rightIds[id] = this.rights.push(id) - 1;
    const { costs, connection, lefts, size } = this;
    const all = connection[1]!;
    for (let l = 0; l < lefts.length; l++) costs[l * size + c] = connection[id * all + lefts[l]! + 2]!;
    return c;
  }

  /**
   * Makes a kuromoji tokenizer build its lattices here, and turn a path into tokens from feature
   * lists it has already split (kuromoji decodes and splits a word's UTF-8 features again for every
   * token). Returns the tokenizer.
   */
  static install<T extends KuromojiTokenizerInternals>(
    tokenizer: T,
    featureCacheSize = 20_000,
  ): T & { forget(): void } {
    const builder = new LatticeBuilder(tokenizer);
    tokenizer.viterbi_builder = {
      trie: tokenizer.viterbi_builder.trie,
      build: (s: string) => builder.build(s),
    };
    const known = featureLists(tokenizer.token_info_dictionary, featureCacheSize);
    const unknown = featureLists(tokenizer.unknown_dictionary, featureCacheSize);
    // kuromoji's Tokenizer.tokenizeForSentence and IpadicFormatter, field for field. The fields are
    // written out, not spread from a helper: a literal of one shape is much cheaper to make.
    const push = (
      tokens: Token[],
      id: number,
      isKnown: boolean,
      position: number,
      surface: string | undefined,
    ): void => {
      if (!isKnown) {
        const f = unknown(id);
        // No reading or pronunciation keys at all, as kuromoji gives unknown words.
        tokens.push({
          word_id: id,
          word_type: 'UNKNOWN',
          word_position: position,
          surface_form: surface!,
          pos: f[1]!,
          pos_detail_1: f[2]!,
          pos_detail_2: f[3]!,
          pos_detail_3: f[4]!,
          conjugated_type: f[5]!,
          conjugated_form: f[6]!,
          basic_form: f[7]!,
        });
        return;
      }
      const f = known(id);
      tokens.push({
        word_id: id,
        word_type: 'KNOWN',
        word_position: position,
        surface_form: f[0]!,
        pos: f[1]!,
        pos_detail_1: f[2]!,
        pos_detail_2: f[3]!,
        pos_detail_3: f[4]!,
        conjugated_type: f[5]!,
        conjugated_form: f[6]!,
        basic_form: f[7]!,
        reading: f[8],
        pronunciation: f[9],
      });
    };
    tokenizer.tokenizeForSentence = (sentence: string, tokens: Token[] = []): Token[] => {
      const last = tokens.length > 0 ? tokens[tokens.length - 1]!.word_position : 0;
      const found = builder.path(sentence);
      if (found !== null) {
        const { nodes, count } = found;
        for (let k = count - 1; k >= 0; k--) {
          const n = nodes.path[k]!;
          const isKnown = nodes.known[n] === 1;
          const surface = isKnown ? undefined : builder.surfaceOf(sentence, nodes, n);
          push(tokens, nodes.word[n]!, isKnown, last + nodes.start[n]! + 1, surface);
        }
        return tokens;
      }
      for (const node of tokenizer.viterbi_searcher.search(builder.build(sentence)))
        push(tokens, node.name, node.type === 'KNOWN', last + node.start_pos, node.surface_form);
      return tokens;
    };
    return Object.assign(tokenizer, { forget: () => builder.forget() });
  }

  // Scratch space for build, reused up to 64K: allocating typed arrays for every piece cost more
  // than filling them.
  private scratch = newScratch(0);
  private nodes = newNodes(0, 0);
  private readonly recent = new Recent();

  /**
   * The piece in UTF-8 (scratch.bytes), where each character starts and ends in it, and each
   * character's class and where its run of that class ends. Returns the counts of characters and
   * bytes; `scratch` holds the arrays.
   */
  private encode(sentence: string): { length: number; nBytes: number } {
    const unknown = this.tokenizer.unknown_dictionary;
    const size = sentence.length * 4 + 1;
    let scratch = this.scratch;
    if (scratch.bytes.length < size) {
      scratch = newScratch(size);
      if (size <= 0x10000) this.scratch = scratch;
    }
    this.current = scratch;
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
    byteStart[length] = nBytes;

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
    return { length, nBytes };
  }

  /** The scratch arrays of the piece last encoded. */
  private current = this.scratch;

  /** Where the dictionary words of trie entry `trieId` are in `pool` (the count, then the words). */
  private wordsOf(trieId: number): number {
    const known = trieId < this.wordsAt.length ? this.wordsAt[trieId]! : 0;
    if (known > 0) return known - 1;
    const words = quadruples(this.tokenizer.token_info_dictionary, trieId);
    if (trieId >= this.wordsAt.length) {
      const grown = new Int32Array(Math.max(trieId + 1, this.wordsAt.length * 2, 0x10000));
      grown.set(this.wordsAt);
      this.wordsAt = grown;
    }
    if (this.pooled + 1 + words.length > this.pool.length) {
      const grown = new Int32Array(Math.max(this.pool.length * 2, this.pooled + 1 + words.length));
      grown.set(this.pool);
      this.pool = grown;
    }
    const at = this.pooled;
    this.pool[at] = words.length / 4;
    this.pool.set(words, at + 1);
    this.pooled += 1 + words.length;
    this.wordsAt[trieId] = at + 1;
    return at;
  }

  /** The unknown-word entries of a character class, as quadruples. */
  private unknownOf(head: CharacterClass): Int32Array {
    return (this.unknownWords[head.class_id] ??= quadruples(
      this.tokenizer.unknown_dictionary,
      head.class_id,
    ));
  }

  build(sentence: string): ViterbiLattice {
    const lattice = new ViterbiLattice();
    const { length, nBytes } = this.encode(sentence);
    const { bytes, unitEndAtByte, unitStart, byteStart, runEnd, classes } = this.current;
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
        const key = sentence.slice(unitStart[pos], unitEndAtByte[i]);
        const at = this.wordsOf(-base[leaf]! - 1);
        const words = this.pool.subarray(at + 1, at + 1 + this.pool[at]! * 4);
        appendWords(lattice, words, pos + 1, key.length, 'KNOWN', key);
        found++;
      }

      const head = classes[pos]!;
      if (found > 0 && head.is_always_invoke !== 1) continue;
      const extended = head.is_grouping === 1 && runEnd[pos]! > pos + 1;
      const surface = sentence.slice(unitStart[pos], unitStart[extended ? runEnd[pos]! : pos + 1]);
      appendWords(lattice, this.unknownOf(head), pos + 1, extended ? surface.length : 1, 'UNKNOWN', surface);
    }
    lattice.appendEos();
    return lattice;
  }

  /**
   * build + kuromoji's ViterbiSearcher, for a piece without surrogates; null for any other piece
   * (build and kuromoji's searcher take it). The nodes are those build appends, in the same order,
   * as rows of typed arrays instead of a ViterbiNode each. The forward pass goes by position: the
   * nodes before a node are those that end where it starts, read in kuromoji's order, and each node
   * takes the first of least total cost, as kuromoji's forward pass does. Without surrogates every
   * node ends inside the piece and some path reaches its end, so the path is the same; kuromoji's
   * quirks on unreachable nodes (a predecessor left over from the node before) never touch it.
   * Returns the path from the end back, BOS and EOS left out, as rows of `nodes`.
   */
  path(sentence: string): { nodes: Nodes; count: number } | null {
    if (sentence.length === 0 || SURROGATE.test(sentence)) return null;
    const { length } = this.encode(sentence);
    const { runEnd, classes } = this.current;
    const { costs, size } = this;
    // A piece of ordinary length is read into the oldest of the recent lattices (see Recent),
    // a longer one into rows kept up to a size (as the scratch is), not after a hostile one.
    const recent = length <= Recent.MAX_LENGTH ? this.recent : null;
    let nodes = recent ? recent.target() : this.nodes;
    if (nodes.head.length < length + 2) nodes = this.keep(newNodes(nodes.word.length, length + 2));
    let count = 1; // row 0 is BOS
    const grow = (): Nodes => (recent ? growNodes(nodes) : this.keep(growNodes(nodes)));

    // Appends the words of one entry over characters [pos, end): ViterbiLattice.append.
    const append = (
      words: Int32Array,
      from: number,
      to: number,
      pos: number,
      end: number,
      known: 0 | 1,
    ): void => {
      for (let w = from; w < to; w += 4) {
        if (count === nodes.word.length) nodes = grow();
        const { word, cost, left, right, start, stop } = nodes;
        const n = count++;
        word[n] = words[w]!;
        cost[n] = words[w + 1]!;
        left[n] = this.compactLeft(words[w + 2]!);
        right[n] = this.compactRight(words[w + 3]!);
        start[n] = pos;
        stop[n] = end;
        nodes.known[n] = known;
      }
    };

    // The rows of a recent piece that begins the same way, as far as they depend on that beginning
    // only, with their best paths: the pipeline reads a clause again after changing its end.
    let first = 0;
    const earlier = recent?.like(sentence, length);
    if (earlier) {
      while (nodes.word.length < earlier.rows) nodes = grow();
      if (earlier.nodes !== nodes) copyRows(earlier.nodes, nodes, earlier.rows, earlier.positions);
      count = earlier.rows;
      first = earlier.positions;
    }

    const { walk } = this;
    for (let pos = first; pos < length; pos++) {
      let found = 0;
      let parent = 0;
      // The trie walk, a character at a time (see walk). Without surrogates a character is one
      // UTF-16 unit, and a key's length in units is its length in characters.
      let q = pos;
      for (; q < length; q++) {
        const code = sentence.charCodeAt(q);
        const slot = ((Math.imul(parent, 0x9e3779b1) ^ Math.imul(code, 0x85ebca6b)) >>> STEP_SHIFT) << 2;
        if (walk[slot] !== parent || walk[slot + 1] !== code) this.step(parent, code, slot, q);
        const child = walk[slot + 2]!;
        if (child < 0) break;
        parent = child;
        const at = walk[slot + 3]!;
        if (at === 0) continue;
        const pool = this.pool;
        append(pool, at, at + pool[at - 1]! * 4, pos, q + 1, 1);
        found++;
      }
      // How many characters from the start decide this position's rows: the walk read up to the
      // character it stopped in (to the end: all of them, and whatever might follow).
      let reach = q < length ? q + 1 : length + 1;
      const cls = classes[pos]!;
      if (found === 0 || cls.is_always_invoke === 1) {
        const extended = cls.is_grouping === 1 && runEnd[pos]! > pos + 1;
        const words = this.unknownOf(cls);
        append(words, 0, words.length, pos, extended ? runEnd[pos]! : pos + 1, 0);
        // A run ends at the first character of another class, if any.
        if (cls.is_grouping === 1)
          reach = Math.max(reach, runEnd[pos]! < length ? runEnd[pos]! + 1 : length + 1);
      }
      nodes.reach[pos] = reach;
      nodes.rowsTo[pos] = count;
    }

    // The rows that end at each position (a row over [start, stop) ends at lattice position
    // stop; BOS at 0), in the order appended, as lists: head and tail by position, next by row.
    const { head, tail, next, stop } = nodes;
    head.fill(-1, 0, length + 1);
    tail.fill(-1, 0, length + 1);
    head[0] = tail[0] = 0;
    next[0] = -1;
    for (let n = 1; n < count; n++) {
      const e = stop[n]!;
      next[n] = -1;
      if (tail[e]! >= 0) next[tail[e]!] = n;
      else head[e] = n;
      tail[e] = n;
    }

    // The forward pass, by start: the rows before a row end where it starts, so they start
    // earlier and are done. They are gathered once per position into a run read by every row
    // that starts there. Reused rows already have theirs: the rows before them are reused too.
    const { cost, left, right, best, prev, rowsTo, gathered, gatheredRight, gatheredRow } = nodes;
    best[0] = 0;
    prev[0] = -1;
    right[0] = this.compactRight(0); // BOS
    const gather = (pos: number): number => {
      let m = 0;
      for (let p = head[pos]!; p >= 0; p = next[p]!) {
        gathered[m] = best[p]!;
        gatheredRight[m] = right[p]!;
        gatheredRow[m++] = p;
      }
      return m;
    };
    for (let pos = first; pos < length; pos++) {
      const m = gather(pos);
      for (let n = pos === 0 ? 1 : rowsTo[pos - 1]!, end = rowsTo[pos]!; n < end; n++) {
        const row = left[n]! * size;
        const c = cost[n]!;
        let least = Number.MAX_VALUE;
        let before = -1;
        for (let j = 0; j < m; j++) {
          const total = gathered[j]! + costs[row + gatheredRight[j]!]! + c;
          // As selects, not a branch: which one is least is not predictable.
          const less = total < least;
          before = less ? j : before;
          least = less ? total : least;
        }
        best[n] = least;
        prev[n] = before < 0 ? -1 : gatheredRow[before]!;
      }
    }
    recent?.remember(sentence, length, nodes);

    // EOS: left id 0, no cost, after the nodes that end at the last character.
    let least = Number.MAX_VALUE;
    let node = -1;
    const eos = this.compactLeft(0) * size;
    for (let j = 0, m = gather(length); j < m; j++) {
      const total = gathered[j]! + costs[eos + gatheredRight[j]!]!;
      if (total < least) {
        least = total;
        node = gatheredRow[j]!;
      }
    }
    const path = nodes.path;
    let steps = 0;
    while (node > 0) {
      path[steps++] = node;
      node = prev[node]!;
    }
    // A broken chain: kuromoji gives no tokens (ViterbiSearcher.backward).
    if (node < 0) return { nodes, count: 0 };
    return { nodes, count: steps };
  }

  /**
   * The trie's steps by whole character, remembered in a table of 64K slots (by a hash of the
   * node and the character; a new step takes its slot over), four ints side by side: the node
   * `parent`, the character `code`, the node after the character's UTF-8 bytes (-1: no key goes on
   * so) and, when a key ends there, where its words are in `pool` plus one (0: none). Texts use a
   * few thousand steps again and again, one cache line each here: walking the 16 MB double array
   * a byte at a time read a line per byte, and between pieces the pipeline pushes those lines out
   * of the CPU caches.
   */
  private readonly walk = new Int32Array(4 << (32 - STEP_SHIFT)).fill(-1);

  /** Walks `code` (a character at `q` of the piece last encoded) from `parent` into `slot`. */
  private step(parent: number, code: number, slot: number, q: number): void {
    const { base, check, walk } = this;
    const { bytes, byteStart } = this.current;
    let node = parent;
    for (let i = byteStart[q]!; i < byteStart[q + 1]! && node >= 0; i++) {
      const child = base[node]! + bytes[i]!;
      node = child < check.length && check[child] === node ? child : -1;
    }
    let words = 0;
    if (node >= 0) {
      const leaf = base[node]!; // the terminal character's code is 0
      if (leaf < check.length && check[leaf] === node) words = this.wordsOf(-base[leaf]! - 1) + 1;
    }
    walk[slot] = parent;
    walk[slot + 1] = code;
    walk[slot + 2] = node;
    walk[slot + 3] = words;
  }

  /** Forgets the recent pieces (see path): the tokenizer's user starts on a text of its own. */
  forget(): void {
    this.recent.clear();
  }

  private keep(nodes: Nodes): Nodes {
    if (nodes.word.length <= 0x10000 && nodes.head.length <= 0x10000) this.nodes = nodes;
    return nodes;
  }

  /** An unknown node's surface: its characters in the piece last read by `path`. */
  surfaceOf(sentence: string, nodes: Nodes, n: number): string {
    const { unitStart } = this.current;
    return sentence.slice(unitStart[nodes.start[n]!], unitStart[nodes.stop[n]!]);
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
  /** For each character: where it starts in UTF-16 units and in bytes (one more: the ends). */
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

const SURROGATE = /[\ud800-\udfff]/;
/** 32 minus the bits of LatticeBuilder.walk's slot numbers (2^16 slots of four ints). */
const STEP_SHIFT = 16;

/** The part of kuromoji's ViterbiSearcher that `path` reads: ConnectionCosts' buffer. */
interface Searcher {
  connection_costs: { buffer: Int16Array };
}

/** The lattice of one piece as rows: row n is BOS when 0, else a word over characters [start, stop). */
interface Nodes {
  word: Int32Array;
  /** 1 for a dictionary word, 0 for an unknown one. */
  known: Uint8Array;
  cost: Int32Array;
  left: Int32Array;
  right: Int32Array;
  start: Int32Array;
  stop: Int32Array;
  /** The least cost of a path from BOS to the row, and the row before it there (-1: none). */
  best: Float64Array;
  prev: Int32Array;
  /** The next row that ends where this one does (see path), and by position the first and last. */
  next: Int32Array;
  head: Int32Array;
  tail: Int32Array;
  /** Scratch for the forward pass: the best cost, right id and row of the rows ending at one position. */
  gathered: Float64Array;
  gatheredRight: Int32Array;
  gatheredRow: Int32Array;
  /** The best path, from the end back. */
  path: Int32Array;
  /**
   * By position: how many characters from the start its rows depend on, and how many rows there
   * are up to it (see Recent).
   */
  reach: Int32Array;
  rowsTo: Int32Array;
}

/** The fields of a row that stay with it (the lists and the gathered runs are made again per piece). */
const ROWS = ['word', 'known', 'cost', 'left', 'right', 'start', 'stop', 'best', 'prev'] as const;

function newNodes(rows: number, positions: number): Nodes {
  const n = Math.max(rows, 1024);
  const p = Math.max(positions, 256);
  return {
    word: new Int32Array(n),
    known: new Uint8Array(n),
    cost: new Int32Array(n),
    left: new Int32Array(n),
    right: new Int32Array(n),
    start: new Int32Array(n),
    stop: new Int32Array(n),
    best: new Float64Array(n),
    prev: new Int32Array(n),
    next: new Int32Array(n),
    gathered: new Float64Array(n),
    gatheredRight: new Int32Array(n),
    gatheredRow: new Int32Array(n),
    head: new Int32Array(p),
    tail: new Int32Array(p),
    path: new Int32Array(p),
    reach: new Int32Array(p),
    rowsTo: new Int32Array(p),
  };
}

/** Twice the rows, the rows so far copied over (a long piece has several nodes per character). */
function growNodes(nodes: Nodes): Nodes {
  const grown = newNodes(nodes.word.length * 2, 0);
  for (const key of ROWS) grown[key].set(nodes[key]);
  const { head, tail, path, reach, rowsTo } = nodes;
  return { ...grown, head, tail, path, reach, rowsTo };
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

/** Rows 1 to `rows` and the first `positions` positions of one lattice into another. */
function copyRows(from: Nodes, to: Nodes, rows: number, positions: number): void {
  for (const key of ROWS) to[key].set(from[key].subarray(1, rows), 1);
  to.reach.set(from.reach.subarray(0, positions));
  to.rowsTo.set(from.rowsTo.subarray(0, positions));
}

/**
 * The lattices of the last few pieces read, each in rows of its own. The pipeline reads a clause
 * again after a rule changed its end, after the lexicon changed a word, with its facts put back:
 * a new piece often begins as a recent one did. The rows of positions whose dictionary walks and
 * character runs ended inside the shared beginning are the same rows, with the same best paths,
 * so they are copied, not built and searched again.
 */
class Recent {
  /** Pieces longer than this are not kept: a slot would hold on to their rows. */
  static readonly MAX_LENGTH = 256;
  private static readonly SLOTS = 8;
  /** Fewer shared positions than this are not worth the copy. */
  private static readonly MIN_REUSE = 4;
  private static readonly MAX_ROWS = 0x4000;

  private readonly slots: Array<{ nodes: Nodes; text: string; length: number }> = [];
  private used = 0;
  private next = 0;

  clear(): void {
    this.used = 0;
    this.next = 0;
  }

  /** The rows the next piece is read into: those of the oldest piece. */
  target(): Nodes {
    const slot = this.slots[this.next];
    if (slot && slot.nodes.word.length <= Recent.MAX_ROWS) return slot.nodes;
    return newNodes(0, Recent.MAX_LENGTH + 2);
  }

  /**
   * The recent piece that shares the most reusable positions with `text` (at least MIN_REUSE):
   * its leading `positions` positions, whose rows are rows 1 to `rows`.
   */
  like(text: string, length: number): { nodes: Nodes; positions: number; rows: number } | null {
    let found: Nodes | null = null;
    let positions = Recent.MIN_REUSE - 1;
    for (let s = 0; s < this.used; s++) {
      const slot = this.slots[s]!;
      const limit = Math.min(slot.length, length);
      let same = 0;
      while (same < limit && slot.text.charCodeAt(same) === text.charCodeAt(same)) same++;
      if (same <= positions) continue;
      const { reach } = slot.nodes;
      let k = 0;
      while (k < same && reach[k]! <= same) k++;
      if (k > positions) {
        positions = k;
        found = slot.nodes;
      }
    }
    return found && { nodes: found, positions, rows: found.rowsTo[positions - 1]! };
  }

  /** The piece just read into target()'s rows (or rows grown from them) is now the newest. */
  remember(text: string, length: number, nodes: Nodes): void {
    this.slots[this.next] = { nodes, text, length };
    this.next = (this.next + 1) % Recent.SLOTS;
    this.used = Math.max(this.used, this.next === 0 ? Recent.SLOTS : this.next);
  }
}
