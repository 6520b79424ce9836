// @nlpjs/lang-eu ships no types; the engine uses only its Snowball Basque stemmer.
declare module '@nlpjs/lang-eu' {
  export class StemmerEu {
    stemWord(word: string): string;
  }
}
