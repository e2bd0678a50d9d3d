// kuromoji 0.1.2 (pinned) ships no types for the parts its builder is made of; the loader in
// tokenizer.ts builds a tokenizer from them directly (see there why).
declare module 'kuromoji/src/dict/DynamicDictionaries' {
  class DynamicDictionaries {
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
  class Tokenizer {
    constructor(dic: DynamicDictionaries);
    tokenize(text: string): IpadicFeatures[];
  }
  export = Tokenizer;
}
