// Fill a tool's arguments from one caller utterance, guided only by the tool's schema: each
// argument's slot kind picks the extractor, cue words from the argument's own label decide which
// value goes where when several fit, and nothing is filled that the schema would reject.
import { SPOT_LOCATION, findWhereabouts } from './slots/whereabouts.js';
import { STREET_ADDRESS_ARG, findStreetAddress } from './slots/street_address.js';
import { byPosition } from './cues.js';
import { conditionSaid, saidCondition } from './slots/said_condition.js';
import { POLICY_THRESHOLDS } from './thresholds.js';
import { ESTABLISHMENT_LABEL } from './lexicon/index.js';
import type { ParamSpec } from './param_spec.js';
import { isCount, paramAbout } from './param_spec.js';
import { valueFits } from './value_fits.js';
import { cleanText } from './free_text.js';
import {
  findEmails,
  findPlace,
  findBranch,
  findOrganization,
  findOption,
  findNumbers,
  findCounts,
  findDurations,
  inUnit,
  unitOfArgument,
  repeatsSaid,
  findPersonName,
  findPhones,
  findYesNo,
  matchEnum,
  matchGloss,
  type DateOrder,
  type FoundDateTime,
  type Utterance,
} from './slots/index.js';
import { introducedAs, nameAfterNoun, namesSomeoneElse, possessiveName } from './slots/others_name.js';
import { selfCorrected } from './slots/self_correction.js';
import { namePart, namePartAsked } from './slots/name_part.js';
import { datesSaid } from './slots/date_args.js';
import { countsWhatIsAsked } from './slots/count_asked.js';
import { assign, cueDistance, cueWords } from './slots/cue_assign.js';
import type { ToolInfo } from './tool_catalog.js';
import { fillFreeText } from './free_text_args.js';
import { fillIdentifiers } from './id_args.js';
import { fillRememberedFacts } from './remembered_facts.js';

// An argument that is a way to reach the caller, either kind ("an email address or UK phone number").
const CONTACT_ARG =
  /^(?:for [^:]{1,40}:\s*)?(?:the\s+|an?\s+)?(?:e-?mail(?: address)?\s+or\s+(?:[a-z]+\s+)?(?:phone|mobile)|(?:[a-z]+\s+)?(?:phone|mobile)(?: number)?\s+or\s+(?:an?\s+)?e-?mail)\b/i;

export interface ExtractOptions {
  /** The argument the agent just asked for: bare answers ("Jon Smith", "tomorrow") fill it. */
  expecting?: ParamSpec;
  /** This utterance made the request: free-text arguments may be taken from it. */
  opening: boolean;
  /** Earlier turns: only exact formats and cue-introduced names, never free text or guesses. */
  typedOnly: boolean;
  /** Words naming this tool ("create", "ticket"): saying them is asking, not describing. */
  requestWords: ReadonlySet<string>;
  /** Words of every tool of the agent (never taken as a name). */
  agentVocabulary: ReadonlySet<string>;
  now: Date;
  /** How numeric dates ("12/07/1984") are read. */
  dateOrder?: DateOrder;
  /** Values the tool's arguments already hold (an earlier turn's, a refused call's): a length said alone counts from a held start. */
  held?: Readonly<Record<string, unknown>>;
}

export interface Extracted {
  values: Record<string, unknown>;
  /** Date/time pieces per argument, merged across turns by the caller. */
  dates: Record<string, FoundDateTime>;
  /** Arguments filled from an exact format or explicit cue (strong evidence). */
  typed: string[];
}

// "this is Dana", "I'm Sam": one word said this way is a first name, not a surname.
const INTRODUCES_FIRST_NAME =
  /\b(?:this is|i'?m|i am|my name is|my name'?s|call me|it'?s)\s+[a-z'-]+\s*(?:[,.!?]|$|here|speaking|calling)/i;

// Typed-only extraction (exact formats from earlier turns) is re-run for every past turn and every
// business tool on each decision, as the policy replays the call; it was the policy's largest
// cost per turn (bench/PROFILE.md). With typedOnly it reads only the tool, the utterance, the
// expected argument and the agent's vocabulary (never the clock, dateOrder, opening or
// requestWords), so it is memoised on exactly those. Callers get fresh copies.
const typedOnlyMemo = new WeakMap<ToolInfo, WeakMap<Utterance, Map<ParamSpec | undefined, Extracted>>>();
const vocabularyOf = new WeakMap<Extracted, ReadonlySet<string>>();

export function extractArgs(tool: ToolInfo, u: Utterance, opts: ExtractOptions): Extracted {
  if (!opts.typedOnly) return extractArgsNow(tool, u, opts);
  let byUtterance = typedOnlyMemo.get(tool);
  if (!byUtterance) typedOnlyMemo.set(tool, (byUtterance = new WeakMap()));
  let byExpecting = byUtterance.get(u);
  if (!byExpecting) byUtterance.set(u, (byExpecting = new Map()));
  let hit = byExpecting.get(opts.expecting);
  if (!hit || vocabularyOf.get(hit) !== opts.agentVocabulary) {
    hit = extractArgsNow(tool, u, opts);
    vocabularyOf.set(hit, opts.agentVocabulary);
    byExpecting.set(opts.expecting, hit);
  }
  const values: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(hit.values)) values[k] = Array.isArray(v) ? [...v] : v;
  return { values, dates: { ...hit.dates }, typed: [...hit.typed] };
}

function extractArgsNow(tool: ToolInfo, u: Utterance, opts: ExtractOptions): Extracted {
  const values: Record<string, unknown> = {};
  const dates: Record<string, FoundDateTime> = {};
  const typed: string[] = [];
  const text = u.norm;
  const byKind = (k: ParamSpec['kind']) => tool.params.filter((p) => p.kind === k);
  const expecting = opts.expecting;
  const claimed = new Set<string>();
  // "we're fifty people, actually no, it's sixty-five": fifty is taken back, whatever it counted.
  const saidNumbers = [...findNumbers(u), ...findCounts(u, { people: true })]
    .filter((f, i, all) => all.findIndex((g) => g.index === f.index) === i)
    .sort((x, y) => x.index - y.index);
  const meantNumbers = new Set(selfCorrected(text, saidNumbers).map((f) => f.index));
  const withdrawnNumbers = new Set(saidNumbers.filter((f) => !meantNumbers.has(f.index)).map((f) => f.index));
  const put = (p: ParamSpec, value: unknown, strong: boolean) => {
    const v = p.type === 'array' && !Array.isArray(value) ? [value] : value;
    if (!valueFits(p, v)) return;
    values[p.name] = v;
    if (strong) typed.push(p.name);
  };

  // Exact formats first; what they claim is not reused as an id or phone number elsewhere.
  const emailParams = byKind('email');
  if (emailParams.length) {
    const out = new Map<ParamSpec, string>();
    assign(emailParams, selfCorrected(text, findEmails(u)), text, () => emailParams.length > 1, out);
    for (const [p, v] of out) {
      put(p, v, true);
      claimed.add(v);
    }
  }

  // "For move_in: an email address or UK phone number": either one said fills it, and the number
  // is then no id ("best contact is my mobile, oh seven eight …").
  for (const p of byKind('text')) {
    if (values[p.name] !== undefined || !CONTACT_ARG.test(p.description)) continue;
    const phone = selfCorrected(text, findPhones(u)).find((f) => !claimed.has(f.value.replace(/\D/g, '')));
    const email = emailParams.length === 0 ? findEmails(u)[0] : undefined;
    const said = email ?? phone;
    if (!said) continue;
    put(p, said.value, true);
    claimed.add(said.value);
    claimed.add(said.value.replace(/\D/g, ''));
  }

  fillIdentifiers(tool, u, opts, { put, claimed });

  const phoneParams = byKind('phone');
  if (phoneParams.length) {
    const out = new Map<ParamSpec, string>();
    const found = selfCorrected(text, findPhones(u)).filter(
      (f) => !claimed.has(f.value.replace(/\D/g, '')) && !claimed.has(f.value),
    );
    assign(phoneParams, found, text, (p) => phoneParams.length > 1 && expecting !== p, out);
    for (const [p, v] of out) put(p, v, true);
  }

  const nameParams = byKind('person_name');
  let saidName: string | undefined;
  if (nameParams.length) {
    const expectingName = expecting !== undefined && nameParams.includes(expecting);
    const found = findPersonName(u, expectingName && !opts.typedOnly, opts.agentVocabulary, opts.typedOnly);
    saidName = found;
    // "Full name (first and last)": a first name alone does not fill it.
    // Someone else's name ("pet name") is said after "my <noun>"; it is never the caller's introduction.
    for (const p of nameParams.filter(namesSomeoneElse)) {
      const other = nameAfterNoun(u.norm) ?? (expecting === p ? found : possessiveName(u.norm));
      if (other && !introducedAs(u.norm, other)) put(p, other, true);
    }
    if (found && !(nameParams.length === 1 && nameParams[0]!.fullName && found.split(/\s+/).length < 2)) {
      const parts = found.split(/\s+/);
      // A name answering one name question fills that one only.
      const own = nameParams.filter((p) => !namesSomeoneElse(p));
      for (const p of expectingName ? (own.includes(expecting) ? [expecting] : []) : own) {
        // One word is the surname unless it came as an introduction ("this is Dana").
        if (namePartAsked(p) !== 'last' || parts.length > 1 || expecting === p || !INTRODUCES_FIRST_NAME.test(text))
          put(p, namePart(p, found), true);
      }
    }
  }

  // A flag set only when the caller said something ("he's new, not on my file yet"): said is said, in any turn.
  for (const p of byKind('boolean')) {
    const condition = saidCondition(p.description);
    if (condition && conditionSaid(text, condition)) put(p, true, true);
  }

  // Listed options ("internet, TV, mobile, or home phone") and enum values are exact words: safe from any turn.
  for (const p of [...byKind('text'), ...byKind('place')]) {
    if (!p.options) continue;
    const found = findOption(u, p.options, p.aliases);
    // One word of a several-word option ("the tv" for "TV box") is a reading of this turn, not a typed fact.
    if (found && (found.via !== 'partial' || !opts.typedOnly)) put(p, found.option, found.via !== 'partial');
  }
  for (const p of byKind('place')) {
    if (values[p.name] !== undefined) continue;
    // A spot on a road or a landmark ("I'm on I-5 north near exit 42"), in the caller's words.
    const place = (SPOT_LOCATION.test(p.description) ? findWhereabouts(u) : undefined) ?? findPlace(u);
    if (place) put(p, place.value, true);
    else if (expecting === p && !opts.typedOnly) {
      const short = cleanText(u.raw, 60)
        .replace(/^(?:in|at|near)\s+/i, '')
        .replace(/[.!?]+$/, '');
      if (short && short.split(/\s+/).length <= 3)
        put(
          p,
          short.replace(/\b[a-z]/g, (c) => c.toUpperCase()),
          false,
        );
    }
  }
  // A house number and street ("fourteen prospect street, zip 02142"), in any turn: its shape is exact.
  for (const p of [...byKind('text'), ...byKind('place')]) {
    if (values[p.name] !== undefined || !STREET_ADDRESS_ARG.test(`${p.label} ${p.description}`)) continue;
    const street = findStreetAddress(u);
    if (street) put(p, street.value, true);
  }
  // Who the caller works for ("Ann Lee from Acme Corp"): said with its cue, like a name.
  for (const p of byKind('organization')) {
    // Another business (a pharmacy, a bank) is named by its branch, often in lower case.
    const org = (ESTABLISHMENT_LABEL.test(p.label) ? findBranch(u) : undefined) ?? findOrganization(u);
    if (org && org.value !== saidName) put(p, org.value, true);
    else if (expecting === p && !opts.typedOnly) {
      const short = cleanText(u.raw, 80)
        .replace(/^(?:it'?s|it is|we'?re|we are)\s+/i, '')
        .replace(/[.!?]+$/, '');
      if (short && short.split(/\s+/).length <= 5) put(p, short, false);
    }
  }
  if (opts.typedOnly) fillRememberedFacts(tool, u, { values, put, claimed, withdrawnNumbers });

  if (!opts.typedOnly) {
    Object.assign(
      dates,
      datesSaid(
        u,
        [...byKind('datetime'), ...byKind('date'), ...byKind('time')],
        expecting,
        opts.now,
        opts.dateOrder,
        opts.held,
      ),
    );

    for (const p of byKind('enum')) {
      const m = matchEnum(u, p.enumValues ?? [], p.description, p.listed);
      const glossed =
        !m && (expecting === p || opts.opening) ? matchGloss(u, p.enumValues ?? [], p.description) : undefined;
      if (m && (m.via !== 'typo' || expecting === p || opts.opening)) put(p, m.value, m.via === 'exact');
      else if (glossed) put(p, glossed, false);
      // "the first one" to the question that listed the values (in the order it says them).
      else if (!m && expecting === p && p.enumValues && u.norm.split(/\s+/).length <= POLICY_THRESHOLDS.pickWords) {
        const i = byPosition(u.norm, p.enumValues.length);
        if (i !== undefined) put(p, p.enumValues[i], false);
      }
    }

    for (const p of byKind('number')) {
      // A span of time for an argument counted in a time unit: "in two years" is 24 months.
      const unit = unitOfArgument(paramAbout(p));
      const span = unit
        ? // "in two months, actually no, make it four months": the span said last is meant.
          selfCorrected(text, findDurations(u))
            .map((f) => inUnit(f.value, unit))
            .find((v) => v !== undefined && (p.type !== 'integer' || Number.isInteger(v)))
        : undefined;
      if (span !== undefined) {
        put(p, span, true);
        continue;
      }
      const found = findNumbers(u).filter((f) => !claimed.has(String(f.value)) && !withdrawnNumbers.has(f.index));
      const cues = cueWords(p);
      const near = found.find((f) => cueDistance(text, f.index, cues) < 30 || /^\$/.test(text.slice(f.index)));
      // A count needs no cue: "two margherita pizzas" says the quantity.
      const people =
        /\b(?:people|persons|team|guests|party|staff|employees|seats|places|spots|attendees|participants|users|headcount|counting the caller)\b/i.test(
          `${p.label} ${p.description}`,
        );
      const counts =
        !near && isCount(p)
          ? selfCorrected(text, findCounts(u, { people })).filter(
              (f) => !claimed.has(String(f.value)) && !withdrawnNumbers.has(f.index),
            )
          : [];
      // Several counts ("me and my two kids, so three places"): the one said with what the argument counts.
      const counted = counts.find((f) => countsWhatIsAsked(p, text, f.index)) ?? counts[0];
      // "monthly, over six months": how many of a repeating thing, from its period and the span said.
      const periodic = !near && !counted && isCount(p) && !people ? repeatsSaid(tool.params, values, u) : undefined;
      if (periodic !== undefined) {
        put(p, periodic, true);
        continue;
      }
      const pick = near ?? counted ?? (expecting === p ? found[0] : undefined);
      if (pick)
        put(p, p.type === 'integer' ? Math.round(pick.value) : pick.value, near !== undefined || counted !== undefined);
    }

    for (const p of byKind('boolean')) {
      // Booleans only ever come from a yes/no answer to a question about them.
      if (expecting === p) {
        const yn = findYesNo(u);
        if (yn !== undefined) put(p, yn, false);
      }
    }

    fillFreeText(tool, u, opts, { values, put, saidName });
  }
  return { values, dates, typed };
}
