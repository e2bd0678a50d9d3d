// kuromoji 0.1.2 (pinned) ships no types for the parts its builder is made of; the loader in
// tokenizer.ts builds a tokenizer from them directly (see there why).
declare module 'kuromoji/src/dict/CharacterDefinition' {
  class CharacterDefinition {
    static load(charMap: Uint8Array, compatCharMap: Uint32Array, invokeDef: Uint8Array): CharacterDefinition;
  }
  export = CharacterDefinition;
}

declare module 'kuromoji/src/dict/DynamicDictionaries' {
  import type CharacterDefinition from 'kuromoji/src/dict/CharacterDefinition';
  /** A dictionary of word records: the records, their feature strings, trie entry → records. */
  interface WordDictionary {
    loadDictionary(records: Uint8Array): unknown;
    loadPosVector(features: Uint8Array): unknown;
    loadTargetMap(map: Uint8Array): unknown;
    target_map: Record<number, readonly number[] | undefined>;
  }
  class DynamicDictionaries {
    token_info_dictionary: WordDictionary;
    unknown_dictionary: WordDictionary & { character_definition: CharacterDefinition };
    loadTrie(base: Int32Array, check: Int32Array): DynamicDictionaries;
    loadTokenInfoDictionaries(
      tokenInfo: Uint8Array,
      pos: Uint8Array,
      targetMap: Uint8Array,
    ): DynamicDictionaries;
    loadConnectionCosts(costs: Int16Array): DynamicDictionaries;
    loadUnknownDictionaries(
      unk: Uint8Array,
      unkPos: Uint8Array,
      unkMap: Uint8Array,
      charMap: Uint8Array,
      compatCharMap: Uint32Array,
      invokeDef: Uint8Array,
    ): DynamicDictionaries;
  }
  export = DynamicDictionaries;
}

declare module 'kuromoji/src/Tokenizer' {
  import type { IpadicFeatures } from 'kuromoji';
  import type DynamicDictionaries from 'kuromoji/src/dict/DynamicDictionaries';
  import type ViterbiLattice from 'kuromoji/src/viterbi/ViterbiLattice';
  import type ViterbiNode from 'kuromoji/src/viterbi/ViterbiNode';
  class Tokenizer implements Tokenizer.KuromojiTokenizerInternals {
    constructor(dic: DynamicDictionaries);
    tokenize(text: string): IpadicFeatures[];
    token_info_dictionary: Tokenizer.KuromojiTokenizerInternals['token_info_dictionary'];
    unknown_dictionary: Tokenizer.KuromojiTokenizerInternals['unknown_dictionary'];
    viterbi_builder: Tokenizer.KuromojiTokenizerInternals['viterbi_builder'];
    viterbi_searcher: Tokenizer.KuromojiTokenizerInternals['viterbi_searcher'];
    tokenizeForSentence: Tokenizer.KuromojiTokenizerInternals['tokenizeForSentence'];
  }
  namespace Tokenizer {
    /** A byte buffer of dictionary records (kuromoji's ByteBuffer). */
    interface Records {
      buffer: Uint8Array;
    }
    interface CharacterClass {
      class_id: number;
      class_name: string;
      is_always_invoke: number;
      is_grouping: number;
    }
    /** The fields of a tokenizer that simplifier/lattice.ts reads and replaces. */
    interface KuromojiTokenizerInternals {
      token_info_dictionary: {
        dictionary: Records;
        target_map: Record<number, readonly number[] | undefined>;
        getFeatures(tokenInfoId: number): string | null;
      };
      unknown_dictionary: {
        dictionary: Records;
        target_map: Record<number, readonly number[] | undefined>;
        lookup(ch: string): CharacterClass;
        getFeatures(id: number): string | null;
      };
      viterbi_searcher: { search(lattice: ViterbiLattice): ViterbiNode[] };
      tokenizeForSentence(sentence: string, tokens?: IpadicFeatures[]): IpadicFeatures[];
      viterbi_builder: {
        trie: { bc: { getBaseBuffer(): Int32Array; getCheckBuffer(): Int32Array } };
        build(sentence: string): ViterbiLattice;
      };
    }
  }
  export = Tokenizer;
}

declare module 'kuromoji/src/viterbi/ViterbiNode' {
  class ViterbiNode {
    constructor(
      name: number,
      cost: number,
      startPos: number,
      length: number,
      type: 'BOS' | 'EOS' | 'KNOWN' | 'UNKNOWN',
      leftId: number,
      rightId: number,
      surfaceForm: string,
    );
    name: number;
    start_pos: number;
    type: 'BOS' | 'EOS' | 'KNOWN' | 'UNKNOWN';
    surface_form: string;
  }
  export = ViterbiNode;
}

declare module 'kuromoji/src/viterbi/ViterbiLattice' {
  import type ViterbiNode from 'kuromoji/src/viterbi/ViterbiNode';
  class ViterbiLattice {
    append(node: ViterbiNode): void;
    appendEos(): void;
  }
  export = ViterbiLattice;
}

declare module 'kuromoji/src/dict/TokenInfoDictionary' {
  class TokenInfoDictionary {
    loadTargetMap(map: Uint8Array): TokenInfoDictionary;
    target_map: Record<number, readonly number[] | undefined>;
  }
  export = TokenInfoDictionary;
}
