// The rule-based persona: answers what the agent asks from its facts and pursues its goal, offline
// and deterministic for a seed.
import type { PersonaSpec } from './scenario_schema.js';
import { SeededRandom } from './seeded_random.js';
import type { CallRecord } from './run_record.js';
import type { CallerView, SimulatedCaller } from './simulated_caller.js';
import {
  STOP,
  CUES,
  HUMAN_WORDS,
  OFFERS_PERSON,
  REFUSAL,
  SUCCESS,
  ANYTHING_ELSE,
  ASK_NEED,
  SOLVED_Q,
  YES_NO_Q,
  ASKS,
  contentStems,
  spokenKey,
  firstPerson,
} from './caller_cues.js';

export interface PersonaOptions {
  seed: number | string;
  /** Tool names that move the call (handoffs, returns, escalation): they are not the goal itself. */
  routingTools?: ReadonlySet<string>;
}

export class PersonaCaller implements SimulatedCaller {
  endReason?: string;
  private readonly rng: SeededRandom;
  private readonly goal: string;
  private readonly goalStems: Set<string>;
  /** The goal's words plus their department's everyday words (for choosing between options). */
  private readonly topicStems: Set<string>;
  private readonly facts: [key: string, spoken: string, value: string][];
  private readonly given = new Set<string>();
  private goalMentions = 0;
  private refusals = 0;
  private goalMet = false;
  private closing = false;
  private goodbyes = 0;
  private handedOver = false;
  private proceeded = false;
  private last?: string;

  constructor(
    private readonly persona: PersonaSpec,
    private readonly options: PersonaOptions,
  ) {
    this.rng = new SeededRandom(options.seed);
    this.goal = firstPerson(persona.goal);
    this.goalStems = contentStems(persona.goal);
    this.topicStems = contentStems(persona.goal, true);
    this.facts = Object.entries(persona.facts).map(([k, v]) => [k, spokenKey(k), v]);
  }

  async next(view: CallerView): Promise<string | undefined> {
    if (this.closing) {
      // After a goodbye a caller still answers the wrap-up questions ("anything else?", "is it
      // solved?"), a couple of times at most; when the agent just keeps talking, they hang up.
      const question = lastSentences(view.replies.at(-1) ?? '');
      if (this.goodbyes < 3 && /\?\s*$/.test(question)) {
        this.goodbyes++;
        if (SOLVED_Q.test(question) && this.goalMet)
          return this.rng.pick([
            'yes, it is, thank you. Bye',
            "yes, that's sorted, thanks",
            'yes, all good now, thanks',
          ]);
        if (ANYTHING_ELSE.test(question) || SOLVED_Q.test(question))
          return this.rng.pick([
            'no, nothing else. Bye',
            "no thanks, that's all. Goodbye",
            'no, bye now',
            "no, that's it, bye",
          ]);
      }
      this.endReason ??= this.goalMet ? 'goal met' : 'refused';
      return undefined;
    }
    if (view.turn > this.persona.maxTurns) {
      this.endReason = `maxTurns (${this.persona.maxTurns}) reached`;
      return undefined;
    }
    const line = this.decide(view);
    this.last = line;
    return line;
  }

  private decide(view: CallerView): string {
    const said = view.replies.join(' ');
    this.observe(view.calls, said);
    // Focus on what the agent asked last: the final sentences of its last reply.
    const lastReply = view.replies.at(-1) ?? '';
    const question = lastSentences(lastReply);

    if (view.turn === 1) return this.opening(question);
    if (this.handedOver && !this.goalMet) {
      this.closing = true;
      this.goodbyes++;
      this.endReason = 'handed to a human';
      return this.rng.pick([
        "okay, I'll wait for the call then. Thanks",
        'alright, thank you, I will wait to hear back',
        'fine, have them call me. Bye',
      ]);
    }

    // Refused, and offered a person instead: a caller takes the person rather than repeat the request.
    if (!this.goalMet && OFFERS_PERSON.test(lastReply) && (this.refusals > 0 || REFUSAL.test(lastReply))) {
      return this.rng.pick([
        'okay, yes, please put me through to them',
        'fine, let me talk to someone then',
        'yes please, bring them in',
      ]);
    }
    const asked = this.factsAskedFor(question);
    if (asked.length > 0) return this.answer(asked);
    if (this.asksName(question) && this.persona.name) return this.giveName();

    if (ANYTHING_ELSE.test(question) || SOLVED_Q.test(question)) {
      if (this.goalMet) return this.goodbye();
      return this.pursue(SOLVED_Q.test(question));
    }
    const choice = this.choose(question) ?? this.pickFromOffer(lastReply, question);
    if (choice) return choice;
    if (ASK_NEED.test(question)) return this.stateGoal();
    if (YES_NO_Q.test(question))
      return this.rng.pick(['yes, please', 'yes please, go ahead', 'sure, go ahead', 'yeah, that is right', 'yes']);
    if (this.goalMet) return this.goodbye();
    if (this.refusals >= 2) return this.giveUp();
    // Something got done and the agent asks nothing: let it carry on rather than repeat the goal.
    const progressed = view.calls.some((c) => c.ok && !(this.options.routingTools ?? new Set()).has(c.name));
    if (progressed && !ASKS.test(question) && !this.proceeded) {
      this.proceeded = true;
      return this.rng.pick([
        'okay, what happens next?',
        'great, please go ahead',
        'alright, what do you need from me now?',
        'good, what is the next step?',
      ]);
    }
    this.proceeded = false;
    if (ASKS.test(question)) {
      // Asked for something the caller does not know: say so, and steer back to the goal.
      return `${this.rng.pick(["sorry, I don't have that", "I'm not sure, sorry", "I don't know that off hand"])}. ${this.nudge()}`;
    }
    return this.pursue(false);
  }

  /** Learn from what happened: a related tool succeeded (goal met) or the agent refused. */
  private observe(calls: CallRecord[], said: string): void {
    const routing = this.options.routingTools ?? new Set<string>();
    for (const call of calls) {
      const isRouting = routing.has(call.name) || /^(transfer_to_|return_to_|escalate|end_call)/.test(call.name);
      if (isRouting) {
        if (call.ok && /escalat|operator|human/.test(call.name)) {
          if (HUMAN_WORDS.test(this.persona.goal)) this.goalMet = true;
          // Queued for or put through to a person: the bot's part of the call is over.
          else if (/operator/.test(call.name)) this.handedOver = true;
        }
        continue;
      }
      // The tool's name shares a word with the goal ("request_refund" for a refund), or what it
      // returned shares at least two and reads as done ("booked", "submitted").
      const related =
        this.relatesToGoal(call.name, 1) ||
        (this.relatesToGoal(call.output ?? '', 2) && SUCCESS.test(call.output ?? ''));
      if (call.ok && related) this.goalMet = true;
      if (!call.ok && related) this.refusals++;
    }
    if (!this.goalMet && calls.length === 0 && REFUSAL.test(said) && this.goalMentions > 0 && !/\?/.test(said))
      this.refusals++;
    if (
      !this.goalMet &&
      SUCCESS.test(said) &&
      this.relatesToGoal(said, 2) &&
      calls.some((c) => c.ok && !routing.has(c.name))
    )
      this.goalMet = true;
  }

  private relatesToGoal(text: string, atLeast: number): boolean {
    const words = contentStems(text.replace(/_/g, ' '));
    let shared = 0;
    for (const w of words) if (this.goalStems.has(w)) shared++;
    return shared >= atLeast;
  }

  private opening(question: string): string {
    if (this.persona.opening) {
      this.goalMentions++;
      return this.persona.opening;
    }
    const hello = this.rng.pick(['hi', 'hello', 'hi there', 'hey', 'good morning', 'hello there']);
    const name = this.persona.name;
    const intro =
      name && (this.asksName(question) || this.rng.chance(0.7))
        ? this.rng.pick([`this is ${name}`, `my name is ${name}`, `I'm ${name}`, `${name} here`, `it's ${name}`])
        : '';
    if (name && intro) this.given.add('name');
    this.goalMentions++;
    const need = this.rng.pick([
      `I'm calling to ${this.goal}`,
      `I'd like to ${this.goal}`,
      `I need to ${this.goal}`,
      `I was hoping you could help me ${this.goal}`,
      `I want to ${this.goal}`,
    ]);
    return [hello, intro].filter(Boolean).join(', ') + `. ${capitalize(need)}.`;
  }

  private stateGoal(): string {
    this.goalMentions++;
    return capitalize(
      this.fresh([
        `I'd like to ${this.goal}`,
        `I need to ${this.goal}`,
        `I'm calling because I want to ${this.goal}`,
        `yes, I want to ${this.goal}`,
        `I was hoping to ${this.goal}`,
      ]),
    );
  }

  /** Keep going toward the goal: offer a detail not given yet, or ask again. */
  private pursue(solvedQuestion: boolean): string {
    if (this.refusals >= 2) return this.giveUp();
    const prefix = solvedQuestion ? this.rng.pick(['no, not yet. ', 'not really. ', 'no. ']) : '';
    const unsaid = this.facts.find(([key]) => !this.given.has(key) && !/reason|why/.test(key));
    if (unsaid && this.goalMentions >= 1 && this.rng.chance(0.6)) {
      this.given.add(unsaid[0]);
      // A fact named by a question ("what happened", "when") is said as it is.
      const fact = /^(what|when|where|how|who)\b/.test(unsaid[1])
        ? unsaid[2]
        : `${this.rng.pick(['my', 'the'])} ${unsaid[1]} is ${unsaid[2]}`;
      return `${prefix}${fact}. ${this.nudge()}`;
    }
    return `${prefix}${this.nudge()}`;
  }

  private nudge(): string {
    this.goalMentions++;
    return capitalize(
      this.fresh([
        `can you help me ${this.goal}?`,
        `I really just need to ${this.goal}.`,
        `so, I'd like to ${this.goal}.`,
        `what I need is to ${this.goal}.`,
        `could you ${this.goal.replace(/^get\s+/, 'get ')} for me?`,
      ]),
    );
  }

  private goodbye(): string {
    this.closing = true;
    this.goodbyes++;
    this.endReason = 'goal met';
    return this.rng.pick([
      "no, that's everything, thank you",
      "great, that's all I needed, thanks",
      'perfect, thank you. That was it',
      "no, I'm all set. Thank you, bye",
      'that is all, thank you very much. Bye',
      "no, that's all, thanks",
    ]);
  }

  private giveUp(): string {
    this.closing = true;
    this.goodbyes++;
    this.endReason = 'refused';
    return this.rng.pick([
      "okay, I guess there's nothing more you can do. Bye",
      'fine, forget it then. Goodbye',
      "alright, I'll leave it there. Bye",
    ]);
  }

  /** A random line, but not the one just said (callers rephrase when they are not understood). */
  private fresh(options: string[]): string {
    const others = options.filter((o) => capitalize(o) !== this.last && o !== this.last);
    return this.rng.pick(others.length > 0 ? others : options);
  }

  /** "Would you like X, or Y?": pick the option closer to the goal, in the caller's words. */
  private choose(question: string): string | undefined {
    const m =
      /^(?:.*?\b(?:would you like(?: me)? to|do you want(?: me)? to|should i|shall i|can i)\s+)?(.+?),?\s+or\s+(.+?)\?$/i.exec(
        question.trim(),
      );
    if (!m || !/\b(would you like|do you want|should i|shall i|can i|which)\b/i.test(question)) return undefined;
    const options = [m[1]!, m[2]!].map((o) => o.replace(/^(?:to|would you like(?: me)? to)\s+/i, '').trim());
    const score = (o: string) => [...contentStems(o)].filter((w) => this.topicStems.has(w)).length;
    const best = score(options[1]!) > score(options[0]!) ? options[1]! : options[0]!;
    const mine = best.replace(/\byour\b/gi, 'my').replace(/\byou\b/gi, 'me');
    return this.rng.pick([`${mine}, please`, `I'd like you to ${mine}`, `please ${mine}`]);
  }

  /** "I can A, B or C. What would you like to do?": ask for the option closest to the goal. */
  private pickFromOffer(reply: string, question: string): string | undefined {
    if (!/\bwhat would you like|what do you want|which (?:one|would)|how would you like\b/i.test(question))
      return undefined;
    const offer = /\bI can (.+?)[.?]/i.exec(reply)?.[1];
    if (!offer) return undefined;
    const options = offer
      .split(/,\s*(?:or\s+)?|\s+or\s+/i)
      .map((o) => o.trim())
      .filter((o) => o.length > 3);
    if (options.length < 2) return undefined;
    // Options about the goal's topic, or about something the caller can give ("verify the policy"
    // when they know their policy number), are the ones a caller asks for.
    const factStems = new Set(this.facts.flatMap(([, spoken]) => [...contentStems(spoken)]));
    const scored = options
      .map((o) => ({
        o,
        n: [...contentStems(o)].filter((w) => this.topicStems.has(w) || factStems.has(w)).length,
      }))
      .sort((a, b) => b.n - a.n);
    if (scored[0]!.n === 0 || scored[0]!.n === scored[1]!.n) return undefined;
    const mine = scored[0]!.o.replace(/\byour\b/gi, 'my').replace(/\byou\b/gi, 'me');
    return this.rng.pick([`please ${mine}`, `can you ${mine}?`, `I'd like you to ${mine}`]);
  }

  private asksName(question: string): boolean {
    return /\b(your name|who am i speaking|who's calling|who is calling|may i have your name|what's your name|what is your name|full name)\b/i.test(
      question,
    );
  }

  private giveName(): string {
    this.given.add('name');
    const name = this.persona.name!;
    return this.rng.pick([`it's ${name}`, `my name is ${name}`, `${name}`, `sure, ${name}`, `this is ${name}`]);
  }

  /** Facts whose name (or a usual way of asking for it) appears in the agent's question. */
  private factsAskedFor(question: string): [string, string, string][] {
    if (!ASKS.test(question)) return [];
    // "email address" asks for the email, not a postal address.
    const q = question.toLowerCase().replace(/\be-?mail address\b/g, 'email');
    const scored: [number, [string, string, string]][] = [];
    for (const fact of this.facts) {
      const [, spoken] = fact;
      const cues = new Set<string>([spoken]);
      for (const token of spoken.split(' '))
        if (token.length > 2 && !STOP.has(token) && token !== 'number') cues.add(token);
      for (const [pattern, words] of CUES) if (pattern.test(spoken)) words.forEach((w) => cues.add(w));
      let best = 0;
      for (const cue of cues) if (new RegExp(`\\b${escape(cue)}`, 'i').test(q)) best = Math.max(best, cue.length);
      if (best > 0) scored.push([best, fact]);
    }
    if (scored.length === 0) return [];
    scored.sort((a, b) => b[0] - a[0]);
    // "email or account number?" names both: answer with the ones not given yet, else repeat the best.
    const fresh = scored.filter(([, f]) => !this.given.has(f[0])).map(([, f]) => f);
    const several = /\b(or|and)\b/.test(q) ? 2 : 1;
    return fresh.length > 0 ? fresh.slice(0, several) : [scored[0]![1]];
  }

  private answer(facts: [string, string, string][]): string {
    const repeat = facts.every(([key]) => this.given.has(key));
    const text = this.phrase(facts);
    return repeat ? `${this.rng.pick(['like I said, ', 'again, ', 'as I said, '])}${text}` : text;
  }

  private phrase(facts: [string, string, string][]): string {
    const parts = facts.map(([key, spoken, value], i) => {
      this.given.add(key);
      if (/reason|why/.test(spoken)) return this.rng.pick([`because ${value}`, value, `well, ${value}`]);
      if (/^(what|when|where|how|who)\b/.test(spoken))
        return this.rng.pick([value, `well, ${value}`, `it was ${value}`]);
      if (facts.length === 1 && i === 0)
        return this.rng.pick([
          `it's ${value}`,
          `sure, it's ${value}`,
          `my ${spoken} is ${value}`,
          `yes, the ${spoken} is ${value}`,
          `${value}`,
        ]);
      return this.rng.pick([`my ${spoken} is ${value}`, `the ${spoken} is ${value}`]);
    });
    return parts.join(' and ');
  }

  /** The previous line, for tests and reports. */
  get lastLine(): string | undefined {
    return this.last;
  }
}

/** What the agent asked: its last question if it asked one, else its last sentence. */
function lastSentences(text: string): string {
  const sentences = (text.match(/[^.!?]+[.!?]*/g) ?? [text]).map((s) => s.trim()).filter(Boolean);
  const questions = sentences.filter((s) => s.endsWith('?'));
  return (questions.at(-1) ?? sentences.at(-1) ?? '').trim();
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
