// Minimal typings for the parts of NLP.js (v4, untyped JavaScript) the policy uses.
declare module '@nlpjs/core' {
  export interface Container {
    use(plugin: unknown): void;
  }
  export function containerBootstrap(settings?: Record<string, unknown>): Container;
}

declare module '@nlpjs/lang-en' {
  export const LangEn: unknown;
}

declare module '@nlpjs/nlp' {
  import type { Container } from '@nlpjs/core';

  export interface NluClassification {
    intent: string;
    score: number;
  }

  export interface NluResult {
    locale: string;
    utterance: string;
    classifications: NluClassification[];
    intent: string;
    score: number;
  }

  export class Nlp {
    constructor(settings?: Record<string, unknown>, container?: Container);
    settings: Record<string, unknown> & { nlu?: Record<string, unknown> };
    nluManager: {
      process(input: { locale: string; utterance: string; settings?: Record<string, unknown> }): Promise<NluResult>;
    };
    addLanguage(locale: string | string[]): void;
    addDocument(locale: string, utterance: string, intent: string): void;
    train(): Promise<void>;
    process(locale: string, utterance: string): Promise<NluResult>;
  }
}

declare module '@nlpjs/lang-en' {
  export class StemmerEn {
    stemWord(word: string): string;
  }
}
