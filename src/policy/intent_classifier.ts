// One NLP.js intent classifier per tool set: trained lazily from the tools' example phrases,
// names and descriptions (plus a few general conversational intents), cached by the tool set so
// every session sharing the policy reuses it. Training a typical agent takes ~10–20 ms.
import { containerBootstrap } from '@nlpjs/core';
import { LangEn } from '@nlpjs/lang-en';
import { Nlp } from '@nlpjs/nlp';
import { DeterminerUse } from './intent/determiner_evidence.js';
import { LexicalScorer, stem } from './lexical_scorer.js';
import { headsNamingThings, joinPhrases, representativeIn, SYNONYM_WORDS } from './synonyms.js';
import { humanize } from './param_spec.js';
import { agentLabel, toolSetKey, whenClause, type ToolInfo } from './tool_catalog.js';
import { SHARED_VALUE, sharedValues, withSharedValues } from './intent/shared_values.js';
import {
  CHECKS_WHETHER,
  CONVERSATIONAL_EXAMPLES,
  DETERMINERS,
  GENERIC_REQUEST_VERBS,
  HEAD_PHRASE_END,
  KIND_EXAMPLES,
  REQUEST_HEAD,
  ARRANGING_VERB,
  ASKED_HEAD,
  QUESTION_PREFACE,
} from './lexicon/index.js';

export { CONVERSATIONAL } from './lexicon/index.js';

// Boilerplate from generated descriptions that says nothing about the caller's request.
const BOILERPLATE =
  /\b(?:the caller(?:'s)?|use when|use this(?: tool)?|use only when|transfer the caller to the|agent|one short sentence)\b:?/gi;

// What a description rules out ("something that is not about their card or loans", "anything
// other than billing"): those words name another agent's work, never this one's.
const RULED_OUT =
  /\b(?:(?:is|are|that's|that is|which is)\s+)?(?:not|never|no longer|other than|except(?: for)?|besides|apart from|rather than|instead of)\b[^.;:!?]*?(?=[.;:!?]|$)/gi;

function clauses(text: string): string[] {
  const clean = text.replace(BOILERPLATE, ' ').replace(RULED_OUT, ' ').replace(/\s+/g, ' ').trim();
  const out = new Set<string>();
  for (const sentence of clean.split(/[.;:!?]+/)) {
    const s = sentence.trim();
    if (s.split(/\s+/).length >= 1 && s.length > 2) out.add(s);
    // Lists in descriptions ("charges, invoices or refunds") become one phrase per item.
    const parts = s
      .split(/,|\bor\b|\band\b|\//)
      .map((p) => p.trim())
      .filter((p) => p.length > 2);
    if (parts.length > 1) for (const p of parts) out.add(p);
  }
  return [...out];
}

// Function words carry no intent; with a handful of examples per tool they would otherwise decide
// ("the tv keeps freezing" sharing "the" and "my" with an identity example). Negations, yes/no
// and politeness words stay: they do carry intent.
const FUNCTION_WORDS = new Set(
  `a an the i i'm im i've i'd me my mine myself you your yours we our us it it's its this that these those he she they them their
  is are was were be been being am do does did have has had having can could would should will shall may might must
  to of in on at for with from by about as into onto than then there here so just also really very some any
  um uh er like actually basically literally
  make makes made get gets got want wants wanted need needs would know let go going gone put take something anything
  thing things stuff`.split(/\s+/),
);

/** Spelling variants the classifier should not tell apart ("Wi-Fi", "wi fi", "wifi"), function words out. */
export function contentWords(text: string): string[] {
  const words = joinPhrases(canonicalSpelling(text))
    .split(/[^a-z0-9']+/)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter(Boolean)
    // "my wifi's been slow", "the router's lights": the word itself, not a form no phrase has.
    // Only after a determiner: a name's "'s" ("more of luna's pills") stays a word no tool knows.
    .map((w, i, all) => (i > 0 && DETERMINERS.has(all[i - 1]!) ? w.replace(/'s$/, '') : w));
  const content = words.filter((w) => !FUNCTION_WORDS.has(w));
  return content.length > 0 ? content : words;
}

function canonicalSpelling(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[\u2018\u2019]/g, "'")
      .replace(/\bwi[- ]?fi\b/g, 'wifi')
      .replace(/\be[- ]mail\b/g, 'email')
      .replace(/\blog[- ]in\b/g, 'login')
      .replace(/\bset[- ]top\b/g, 'settop')
      .replace(/\bcan't\b/g, 'cannot')
      // "won't" is "will not" (not "wo not": "wo" is a word no phrase has).
      .replace(/\bwon't\b/g, 'will not')
      .replace(/n't\b/g, ' not')
  );
}

/** The phrases a tool is trained on. Exported so tests can check the corpus is held out. */
export function trainingPhrases(tool: ToolInfo): string[] {
  const phrases = new Set<string>(tool.examples);
  for (const e of KIND_EXAMPLES[tool.kind] ?? []) phrases.add(e);
  if (tool.kind === 'handoff' || tool.kind === 'call') {
    // "and why was I charged so much": the "and" only says the request comes after another one;
    // kept, it pulls any line with an "and" ("my internet keeps going down, and I work from
    // home") away from the desk that serves it. (An order's "and one gelato" keeps its "and".)
    for (const e of tool.examples)
      if (/^\s*and\s+/i.test(e)) {
        phrases.delete(e);
        phrases.add(e.replace(/^\s*and\s+/i, ''));
      }
    for (const c of clauses(whenClause(tool.description))) phrases.add(c);
    if (tool.target) {
      const label = agentLabel(tool.target);
      phrases.add(label);
      phrases.add(`talk to ${label}`);
      phrases.add(`${label} please`);
    }
  } else if (tool.kind === 'business') {
    // The name and the first sentence say what the tool does; later sentences mention related
    // things ("Required before discussing refunds") that would pull those requests here.
    phrases.add(humanize(tool.name));
    const first = /^(.+?[.!?])(?:\s|$)/s.exec(tool.description.trim())?.[1] ?? tool.description;
    for (const c of clauses(first)) phrases.add(c);
  }
  // Escalation "when" texts describe situations for the agent to judge (stuck, large refund),
  // not what callers say: escalation learns from example phrases only.
  return [...phrases].filter((p) => p.trim().length > 0);
}

// Question words, conjunctions and chatter say nothing about which agent's work is meant; nor do the words of
// routing itself ("finds out what the caller needs and calls the right team", "right now").
const SCOPE_NOISE = new Set(
  `what what's whats how why when where which who whom whose yeah yes yep ok okay hi hello hey hiya please thanks
  thank sorry gonna wanna gotta tell give show said say see look one two three four five six seven eight nine ten
  and or but nor if because while
  right now guys trying try figure find finds found out need needs call calls calling team teams
  next last today tomorrow yesterday tonight`.split(/\s+/),
);

// A name's label ("last name", "first name", "full name", "surname").
const NAME_LABEL = /\b(?:(?:first|last|full|given|family|middle)\s+name|surname)s?\b/gi;

// How much the neural network counts against the lexical scorer. With a handful of examples per
// tool the network latches onto single words ("no" → deny); the lexical evidence is steadier.
const NEURAL_WEIGHT = 0.35;

// How much more the head of a request ("a refund" in "I want a refund for the installation
// visit") counts than the words that only say which one, when it names a desk to go to: without
// it, two words of context outvote the one word that says what is wanted.
const HEAD_WEIGHT = 2;

/** What follows "I want/need …", or "could I" when a verb of arranging follows ("could I book a …"). */
function headPhrase(text: string): string | undefined {
  const wanted = REQUEST_HEAD.exec(text)?.[1];
  if (wanted) return wanted;
  const asked = ASKED_HEAD.exec(text)?.[1];
  return asked && ARRANGING_VERB.test(asked) ? asked : undefined;
}

/** The content words of the head of "I want/need/'d like …", up to where "for/because/…" begins. */
export function requestHead(text: string): string[] {
  const after = headPhrase(canonicalSpelling(text));
  if (!after) return [];
  const phrase = (after.split(HEAD_PHRASE_END)[0] ?? '').replace(ARRANGING_VERB, '');
  return phrase
    .split(/[^a-z0-9']+/)
    .filter((w) => w && !FUNCTION_WORDS.has(w) && !GENERIC_REQUEST_VERBS.has(w) && !/\d/.test(w))
    .slice(0, 2);
}

/** The verb of arranging ("book", "order") that opens the request's head, when an object follows. */
export function arrangingVerb(text: string): string[] {
  const after = headPhrase(canonicalSpelling(text));
  const verb = after ? ARRANGING_VERB.exec(after)?.[0] : undefined;
  return verb ? verb.trim().split(/\s+/) : [];
}

export interface IntentScore {
  intent: string;
  score: number;
}

export class IntentClassifier {
  /** Lower-cased words the tools are trained on: these are requests, not names or free text. */
  readonly vocabulary: ReadonlySet<string>;
  private readonly nlp: Nlp;
  private readonly lexical: LexicalScorer;
  private readonly scope: LexicalScorer;
  /** Stems of values several tools take alike (see shared_values.ts): never evidence for one of them. */
  private readonly shared: ReadonlySet<string>;
  /** Group heads this tool set's phrases use as things (see headsNamingThings). */
  private readonly thingHeads: ReadonlySet<string>;
  /** Stems only one transfer's phrases use: the only head words emphasised (see HEAD_WEIGHT). */
  private readonly transferStems: ReadonlySet<string>;
  /** The one tool that checks whether there is something (its description says so), if any. */
  readonly checksWhether: string | undefined;
  /** How each intent's phrases own their nouns ("my room" / "a room"): see determiner_evidence.ts. */
  private readonly determined: DeterminerUse;

  private constructor(parts: {
    nlp: Nlp;
    lexical: LexicalScorer;
    scope: LexicalScorer;
    vocabulary: Set<string>;
    shared: ReadonlySet<string>;
    thingHeads: ReadonlySet<string>;
    transferStems: ReadonlySet<string>;
    checksWhether: string | undefined;
    determined: DeterminerUse;
  }) {
    this.nlp = parts.nlp;
    this.lexical = parts.lexical;
    this.scope = parts.scope;
    this.vocabulary = parts.vocabulary;
    this.shared = parts.shared;
    this.thingHeads = parts.thingHeads;
    this.transferStems = parts.transferStems;
    this.checksWhether = parts.checksWhether;
    this.determined = parts.determined;
  }

  static async train(tools: ToolInfo[]): Promise<IntentClassifier> {
    const container = containerBootstrap();
    container.use(LangEn);
    // autoSave off: NLP.js otherwise writes model.nlp to the working directory on train().
    // Its own spell check is off: it "corrects" short words ("think" → "thank"); ours below is stricter.
    const nlp = new Nlp(
      {
        autoSave: false,
        autoLoad: false,
        log: false,
        languages: ['en'],
        nlu: { log: false, spellCheck: false, useNoneFeature: true },
      },
      container,
    );
    const vocabulary = new Set<string>();
    const docs: { intent: string; words: string[] }[] = [];
    const shared = sharedValues(tools, contentWords);
    const things = headsNamingThings(tools.flatMap((t) => trainingPhrases(t)));
    const representative = (w: string) => representativeIn(w, things);
    const add = (text: string, intent: string) => {
      const words = withSharedValues(contentWords(text).map(representative), shared.stems);
      nlp.addDocument('en', words.join(' '), intent);
      docs.push({ intent, words });
      // Capitalised words in examples are names ("Dana Okafor, account ..."), not request words.
      // Emails in examples ("grace.oneill@example.org") hold names, not request words.
      if (!intent.startsWith('__'))
        for (const w of text.replace(/\S+@\S+/g, ' ').split(/[^A-Za-z']+/))
          if (w.length > 3 && !/^[A-Z]/.test(w)) vocabulary.add(w.toLowerCase());
    };
    for (const tool of tools) for (const phrase of trainingPhrases(tool)) add(phrase, tool.name);
    const transfers = new Set(tools.filter((t) => t.kind === 'handoff' || t.kind === 'call').map((t) => t.name));
    const determined = new DeterminerUse((w) => {
      const [word] = contentWords(w);
      return word && !FUNCTION_WORDS.has(word) ? stem(representative(word)) : undefined;
    }, transfers);
    for (const tool of tools) for (const phrase of trainingPhrases(tool)) determined.add(phrase, tool.name);
    // Every tool that takes the shared values knows them alike.
    for (const name of shared.tools) add(SHARED_VALUE, name);
    for (const [intent, phrases] of Object.entries(CONVERSATIONAL_EXAMPLES)) for (const p of phrases) add(p, intent);
    await nlp.train();
    // What each transfer's target agent handles, apart: weaker evidence, asked only when the
    // transfers' own words said nothing (see scopeScores). Words this agent's own tools or small
    // talk know are this agent's business, not a reason to leave.
    const own = new Set(docs.filter((d) => !transfers.has(d.intent)).flatMap((d) => d.words.map(stem)));
    const scopeDocs = tools.flatMap((t) =>
      t.scope.flatMap((phrase) =>
        clauses(phrase).map((c) => ({
          intent: t.name,
          words: contentWords(c)
            .filter((w) => !SCOPE_NOISE.has(w))
            .map(representative)
            .filter((w) => !own.has(stem(w))),
        })),
      ),
    );
    const scope = new LexicalScorer(scopeDocs, [...SYNONYM_WORDS, ...docs.flatMap((d) => d.words)]);
    // Stems one transfer alone knows (a word two desks share tells them no further apart).
    const owners = new Map<string, Set<string>>();
    for (const d of docs.filter((x) => transfers.has(x.intent)))
      for (const w of d.words.map(stem)) owners.set(w, (owners.get(w) ?? new Set()).add(d.intent));
    // "Check whether there is a known fault …": the tool a caller's "is there …?" asks for.
    const checkers = tools.filter((t) => !transfers.has(t.name) && CHECKS_WHETHER.test(t.description));
    const transferStems = new Set([...owners].filter(([w, o]) => o.size === 1 && !own.has(w)).map(([w]) => w));
    return new IntentClassifier({
      nlp,
      lexical: new LexicalScorer(docs, SYNONYM_WORDS),
      scope,
      vocabulary,
      shared: shared.stems,
      thingHeads: things,
      transferStems,
      checksWhether: checkers.length === 1 ? checkers[0]!.name : undefined,
      determined,
    });
  }

  /**
   * Transfers by what their target agent handles ("three diavolas" → the agent whose tool lists
   * diavola): per transfer, how many of the utterance's words only its target's work names.
   */
  scopeScores(text: string): IntentScore[] {
    // "last name marsh": a label for who the caller is, not the work of whichever desk asks for one.
    // "random question, …": a label for what follows, no desk's work ("answers invoice questions").
    const said = text.replace(NAME_LABEL, ' ').replace(QUESTION_PREFACE, ' ');
    const words = this.scope
      .correct(contentWords(said).filter((w) => !SCOPE_NOISE.has(w)))
      .map((w) => representativeIn(w, this.thingHeads));
    return [...this.scope.distinctiveHits(words)]
      .map(([intent, score]) => ({ intent, score }))
      .sort((a, b) => b.score - a.score);
  }

  /** How much of the utterance (by informative words) this intent's phrases explain, 0–1. */
  coverage(intent: string, text: string): number {
    return this.lexical.coverage(intent, this.requestWords(text));
  }

  /** The words that can tell intents apart: typos corrected, values several tools share left out. */
  private requestWords(text: string): string[] {
    const own = withSharedValues(contentWords(text), this.shared);
    return withSharedValues(
      this.lexical.correct(own).map((w) => representativeIn(w, this.thingHeads)),
      this.shared,
    );
  }

  /**
   * Intents best first; `None` when nothing the tools know was said. The score is the mean of the
   * neural classifier's probability and the lexical share of the utterance the intent explains.
   */
  async classify(text: string): Promise<IntentScore[]> {
    const words = this.requestWords(text);
    if (words.length === 0) return [{ intent: 'None', score: 1 }];
    const result = await this.nlp.nluManager.process({
      locale: 'en',
      utterance: words.join(' '),
      settings: this.nlp.settings.nlu,
    });
    // Only where the head names another desk's work and none of this one's: within one desk,
    // tools are steps of the same request ("rent a car" is checking and reserving alike).
    // "I need a room": a head said the way only one desk's phrases say it is that desk's too.
    const sole = this.determined.soleTransferStems(text);
    const head = new Set(
      this.requestWords(requestHead(text).join(' '))
        .map(stem)
        .filter((s) => this.transferStems.has(s) || sole.has(s)),
    );
    // "my booking" to a desk whose phrases only ever say "a booking": no credit there for it.
    const uncredited = this.determined.uncredited(text, (i, s) => this.lexical.knows(i, s));
    // "book a wake-up call": when the object names another desk, the arranging verb before it says
    // nothing about which desk, though one desk's phrases use it ("book it").
    const verb = head.size > 0 ? arrangingVerb(text) : [];
    const muted = new Set(this.requestWords(verb.join(' ')).map(stem));
    const lexical = this.lexical.score(words, head, HEAD_WEIGHT, muted, uncredited);
    // The network learnt the same word for that desk: its vote shrinks as the desk's lexical share did.
    const credited = uncredited.size ? this.lexical.score(words, head, HEAD_WEIGHT, muted) : lexical;
    const nnShare = (intent: string) =>
      uncredited.has(intent) && (credited.get(intent) ?? 0) > 0
        ? (lexical.get(intent) ?? 0) / credited.get(intent)!
        : 1;
    const best = Math.max(0, ...lexical.values());
    const lexTotal = [...lexical.values()].reduce((a, b) => a + b, 0);
    const combined = new Map<string, number>();
    // The network's "None" comes from words it never saw: the same evidence the lexical scorer
    // weighs. Share that mass out by the lexical scores instead of counting it twice.
    const nnNone = lexTotal > 0 ? ((result.classifications ?? []).find((c) => c.intent === 'None')?.score ?? 0) : 0;
    for (const c of result.classifications ?? [])
      if (c.intent !== 'None' || lexTotal === 0) combined.set(c.intent, c.score * nnShare(c.intent) * NEURAL_WEIGHT);
    for (const [intent, v] of lexical)
      combined.set(intent, (combined.get(intent) ?? 0) + ((nnNone * v) / lexTotal) * NEURAL_WEIGHT);
    // Lexical shares: proportional among intents, scaled by how much of the utterance is explained.
    const lexWeight = 1 - NEURAL_WEIGHT;
    for (const [intent, v] of lexical)
      combined.set(intent, (combined.get(intent) ?? 0) + (lexTotal > 0 ? (v / lexTotal) * best : 0) * lexWeight);
    combined.set('None', (combined.get('None') ?? 0) + (1 - best) * lexWeight);
    return [...combined].map(([intent, score]) => ({ intent, score })).sort((a, b) => b.score - a.score);
  }
}

/** Trained classifiers, keyed by tool set; a small LRU so long-running servers stay bounded. */
export class ClassifierCache {
  private readonly entries = new Map<string, Promise<IntentClassifier>>();

  constructor(private readonly limit = 64) {}

  get(tools: ToolInfo[]): Promise<IntentClassifier> {
    const key = toolSetKey(tools);
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const training = IntentClassifier.train(tools);
    training.catch(() => this.entries.delete(key));
    this.entries.set(key, training);
    while (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value!);
    return training;
  }

  get size(): number {
    return this.entries.size;
  }
}
