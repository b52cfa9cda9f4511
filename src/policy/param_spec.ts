// What the policy knows about one tool argument, read from the tool's parameter schema. Zod v3,
// zod v4 and raw JSON schemas all go through the framework's own JSON-schema conversion, so the
// policy sees exactly the types, enums, patterns and descriptions a hosted model would see.
import { llm } from '@livekit/agents';
import { aliasesIn } from './description_aliases.js';
import {
  examplesAreClockTimes,
  examplesAreDays,
  examplesIn,
  quotedIn,
  scrambledCodeShape,
  shapeOfExamples,
} from './example_shapes.js';
import { ESTABLISHMENT_LABEL, ORGANIZATION_LABEL } from './lexicon/organization_words.js';
import { TEENS, UNITS } from '../spoken/number_words.js';

/** How a value for this argument is found in what the caller said. */
export type SlotKind =
  | 'email'
  | 'phone'
  | 'person_name'
  | 'identifier'
  | 'datetime'
  | 'date'
  | 'time'
  | 'number'
  | 'boolean'
  | 'enum'
  | 'place'
  | 'organization'
  | 'text'
  | 'reason';

export interface ParamSpec {
  name: string;
  /** Human words for the argument ("order id"), used in questions. */
  label: string;
  description: string;
  type: 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object' | 'unknown';
  /** For arrays: the item type. */
  itemType?: ParamSpec['type'];
  enumValues?: string[];
  pattern?: RegExp;
  format?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  required: boolean;
  hasDefault: boolean;
  kind: SlotKind;
  /** Options listed in the description ("internet, TV, mobile, or home phone"): preferred wording, not a closed set. */
  options?: string[];
  /** Other words for options or enum values, from the description ("router (also for Wi-Fi)"). */
  aliases?: Record<string, string[]>;
  /** For an enum: the phrase the tool's description lists for each value, in the same order ("opening hours" for hours). */
  listed?: Record<string, string>;
  /** The description asks for the caller's own words (dates stay as said: "Friday at 3 pm"). */
  verbatim: boolean;
  /** A person-name argument that wants first and last name. */
  fullName: boolean;
  /** Another optional argument that may stand in for this one ("Give this or the account number"). */
  alternative?: string;
  /** A step counter: "the previous step number plus one" when the same tool is called again. */
  counter: boolean;
  /** Only fill from what the caller already said; never ask for it ("if the caller already gave it"). */
  neverAsk: boolean;
  /** The tool takes it down itself when missing ("The tool asks if it is missing"): asked once first. */
  toolAsks: boolean;
  /** An id as the app writes it, from the agent's example phrases ("MS-1042"), when the description gives none. */
  example?: string;
}

/** What the schema says directly, before the policy reads the description. */
export type BaseSpec = Omit<
  ParamSpec,
  | 'kind'
  | 'options'
  | 'aliases'
  | 'listed'
  | 'verbatim'
  | 'fullName'
  | 'alternative'
  | 'counter'
  | 'neverAsk'
  | 'toolAsks'
>;

interface JsonSchemaLike {
  type?: string | string[];
  description?: string;
  enum?: unknown[];
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minLength?: number;
  maxLength?: number;
  default?: unknown;
  items?: JsonSchemaLike;
  anyOf?: JsonSchemaLike[];
  oneOf?: JsonSchemaLike[];
  properties?: Record<string, JsonSchemaLike>;
  required?: string[];
  const?: unknown;
}

/** Words for a birth date. */
export const BIRTH_CUE = /\b(?:born|birth|birthday|dob|d\.o\.b)\b/i;
// An argument about something that already happened (an incident, a purchase, a start).
export const HAPPENED =
  /\b(?:happened|occurred|took place|incident|accident|loss|lost|missing|stolen|damage|purchased|bought|started|began|noticed|last seen)\b/i;

/** An argument's name, label and description as one text: the words that say what it is for. */
export function paramAbout(p: ParamSpec): string {
  return `${p.name.replace(/_/g, ' ')} ${p.label} ${p.description}`;
}

/** What a date argument is about: a birth, something that happened, or something to arrange. */
export function dateAbout(p: ParamSpec): 'birth' | 'past' | 'arrange' {
  const about = paramAbout(p);
  return BIRTH_CUE.test(about) ? 'birth' : HAPPENED.test(about) ? 'past' : 'arrange';
}

/** "orderId" / "order_id" → "order id"; "callerName" → "caller name". */
export function humanize(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .replace(/\bid\b/gi, 'ID')
    .toLowerCase()
    .replace(/\bid\b/g, 'ID')
    .trim();
}

function firstType(s: JsonSchemaLike): { type: ParamSpec['type']; schema: JsonSchemaLike } {
  const variants = s.anyOf ?? s.oneOf;
  if (variants) {
    const real = variants.find(
      (v) => v.type !== 'null' && !(Array.isArray(v.type) && v.type.every((t) => t === 'null')),
    );
    if (real) {
      const inner = firstType(real);
      return { type: inner.type, schema: { ...real, description: s.description ?? real.description } };
    }
  }
  const t = Array.isArray(s.type) ? s.type.find((x) => x !== 'null') : s.type;
  if (t === 'string' || t === 'number' || t === 'integer' || t === 'boolean' || t === 'array' || t === 'object')
    return { type: t, schema: s };
  if (s.enum) return { type: 'string', schema: s };
  return { type: 'unknown', schema: s };
}

function safeRegex(pattern: string | undefined): RegExp | undefined {
  if (!pattern) return undefined;
  try {
    return new RegExp(pattern);
  } catch {
    return undefined;
  }
}

const NAME_WORDS = /\b(?:name|first name|last name|surname|full name)\b/;
const NOT_PERSON =
  /\b(?:user ?name|file|product|company|business|account|plan|device|model|street|city|agent|tool|team|department)\b/;

/** Decide how a value for this argument is found in speech. */
export function slotKindOf(p: BaseSpec): SlotKind {
  const words = humanize(p.name);
  const text = `${words} ${p.description.toLowerCase()}`;
  if (p.type === 'boolean') return 'boolean';
  if (p.enumValues && p.enumValues.length > 0) return 'enum';
  if (p.type === 'number' || p.type === 'integer') return 'number';
  if (p.format === 'email' || /\be-?mail\b/.test(words)) return 'email';
  if (p.format === 'date-time') return 'datetime';
  if (p.format === 'date') return 'date';
  if (p.format === 'time') return 'time';
  if (/\b(?:phone|mobile|cell|telephone|callback number|contact number)\b/.test(words)) return 'phone';
  if (words === 'reason' || /^(?:reason|why)\b/.test(words)) return 'reason';
  if (/\b(?:town|city|region|area|location|place|suburb|county|state|country|neighbou?rhood)\b/.test(words))
    return 'place';
  if (ORGANIZATION_LABEL.test(words) || ESTABLISHMENT_LABEL.test(words)) return 'organization';
  if (/\b(?:date ?time|time|when|slot|appointment|schedule[d]?|at)\b/.test(words))
    return /\bdate\b/.test(words) && !/time/.test(text) ? 'date' : 'datetime';
  if (/\b(?:date|day)\b/.test(words)) return 'date';
  if (p.pattern) return 'identifier';
  if (
    /\b(?:summary|description|details?|notes?|issue|problem|message|comments?|subject|title|text|explanation|symptoms?)\b/.test(
      words,
    )
  )
    return 'text';
  if (/\b(?:id|number|no|code|ref|reference|ticket|order|account|invoice|serial|tracking)\b/i.test(words))
    return 'identifier';
  if ((NAME_WORDS.test(words) || /\bname\b/.test(words)) && !NOT_PERSON.test(words)) return 'person_name';
  // Descriptions name a kind only when they open with it ("The phone number to call back").
  const lead = p.description.toLowerCase().replace(/^(?:the|a|an)\s+(?:caller'?s\s+|customer'?s\s+)?/, '');
  if (/^(?:phone|mobile|telephone|contact) number\b/.test(lead) || /^number to call\b/.test(lead)) return 'phone';
  if (/^e-?mail(?: address)?\b/.test(lead)) return 'email';
  return 'text';
}

/** "in the caller's words: internet, TV, mobile, or home phone" → the listed options. */
export function optionsIn(description: string): string[] | undefined {
  // Brackets after an option add other words for it ("router (also for Wi-Fi)"): not options themselves.
  const text = description.replace(/\s*\([^)]*\)/g, '');
  const m = /:\s*([^.:;"“]+?)(?:\.|;|$)/.exec(text);
  if (!m) return undefined;
  const items = m[1]!
    .split(/,|\bor\b|\//)
    .map((s) =>
      s
        .replace(/\b(?:and so on|etc|and more)\b\.?/gi, '')
        .replace(/^\s*(?:and|or)\s+/i, '')
        .trim(),
    )
    .filter(Boolean);
  if (items.length < 2 || items.length > 10 || items.some((i) => i.split(/\s+/).length > 3)) return undefined;
  return items;
}

/** The number of digits a description states ("8-digit", "five-digit", "ten digit number"). */
function digitCount(description: string): { n: number; inWords: boolean } | undefined {
  const m = /\b(\d{1,2}|[a-z]+)[- ]digit\b/i.exec(description);
  if (!m) return undefined;
  const word = m[1]!.toLowerCase();
  const inWords = !/^\d+$/.test(word);
  const n = inWords ? (UNITS[word] ?? TEENS[word]) : Number(word);
  return n !== undefined && n > 0 ? { n, inWords } : undefined;
}

// A description that opens by naming a day ("The day", "The arrival day", "The new departure date").
const NAMES_A_DAY = /^(?:the\s+)?(?:(?!of\b)[a-z-]+\s+){0,2}(?:day|date)\b(?! of birth)/i;

const VERBATIM =
  /\b(?:in the caller'?s (?:own )?words|in their (?:own )?words|as (?:they|the caller) said(?: it)?|caller'?s own words)\b/i;

// "The tool asks if it is missing", "the tool asks for it if not given".
const TOOL_ASKS =
  /\b(?:the )?tool (?:asks|will ask)(?: for it)? if (?:it is |it's )?(?:missing|not (?:given|said|known))\b/i;

const schemaCache = new WeakMap<object, ParamSpec[]>();

/** The arguments of a tool, from its parameter schema (cached per schema object). */
export function paramSpecs(parameters: unknown): ParamSpec[] {
  if (!parameters || typeof parameters !== 'object') return [];
  const cached = schemaCache.get(parameters);
  if (cached) return cached;
  let json: JsonSchemaLike;
  try {
    json = llm.toJsonSchema(parameters as never, false) as JsonSchemaLike;
  } catch {
    json = parameters as JsonSchemaLike;
  }
  const required = new Set(json.required ?? []);
  const specs: ParamSpec[] = [];
  for (const [name, raw] of Object.entries(json.properties ?? {})) {
    const { type, schema } = firstType(raw);
    const itemType = type === 'array' && schema.items ? firstType(schema.items).type : undefined;
    // A literal (`z.literal('technical')`) is an enum of one.
    const enumSource =
      schema.enum ??
      (schema.const !== undefined ? [schema.const] : undefined) ??
      (type === 'array' ? schema.items?.enum : undefined);
    const nullable = Array.isArray(raw.type) && raw.type.includes('null');
    const base: BaseSpec = {
      name,
      label: humanize(name),
      description: (schema.description ?? raw.description ?? '').trim(),
      type,
      itemType,
      enumValues: enumSource?.filter((v): v is string => typeof v === 'string'),
      pattern: safeRegex(schema.pattern ?? (type === 'array' ? schema.items?.pattern : undefined)),
      format: schema.format ?? (type === 'array' ? schema.items?.format : undefined),
      minimum: schema.minimum ?? schema.exclusiveMinimum,
      maximum: schema.maximum,
      minLength: schema.minLength,
      maxLength: schema.maxLength,
      required: required.has(name) && !nullable && raw.default === undefined,
      hasDefault: raw.default !== undefined || schema.default !== undefined,
    };
    const description = base.description.replace(/[\u2018\u2019]/g, "'");
    // "The 8-digit account number", "the five-digit ZIP code": an exact shape even without a regex
    // in the schema (and it outranks the length of any example given).
    const digits = digitCount(description);
    const stated = !base.pattern && digits && (type === 'string' || itemType === 'string');
    if (stated) base.pattern = new RegExp(`^\\d{${digits.n}}$`);
    let kind = slotKindOf(base);
    // A phone keeps its own reading (a country code, a plus): "a ten-digit mobile" says no more.
    if (stated && kind === 'phone' && digits.inWords) base.pattern = undefined;
    // A plain text argument described by example: a day, or a code of that shape (example_shapes.ts).
    // A day "as the caller said it" is still a day: the caller's words for it, never their whole line.
    if (
      kind === 'text' &&
      type === 'string' &&
      !base.pattern &&
      (!VERBATIM.test(description) || NAMES_A_DAY.test(description))
    ) {
      const examples = examplesIn(description);
      const shape = shapeOfExamples(examples);
      if (examplesAreDays(examples) || NAMES_A_DAY.test(description)) kind = 'date';
      else if (shape) {
        base.pattern = shape;
        kind = 'identifier';
      }
    }
    // 'like "K7QX2M"': a scrambled code of letters and digits is read wherever the caller says it.
    if (kind === 'identifier' && !base.pattern && type === 'string') {
      const shape = scrambledCodeShape(examplesIn(description));
      if (shape) base.pattern = shape;
    }
    // 'The room number, as said: "214" or "two one four"': a number of that many digits, though the
    // examples follow no "like" (a bare run of digits is otherwise no id without a pattern).
    if (kind === 'identifier' && !base.pattern && type === 'string') {
      const written = quotedIn(description).filter((e) => /\d/.test(e));
      if (written.length && written.every((e) => /^\d{3,}$/.test(e))) base.pattern = shapeOfExamples(written);
    }
    // "The time as said: "6:30 AM", "seven"": a clock time (a day, if any, is another argument),
    // never an instant stamped with today. Examples in words ("seven") show the tool reads the
    // clock as the caller says it, so no AM or PM they did not say is added.
    let clockAsSaid = false;
    const clocks = quotedIn(description);
    if (kind === 'datetime' && type === 'string' && !base.format && examplesAreClockTimes(clocks)) {
      kind = 'time';
      clockAsSaid = clocks.some((e) => !/\d/.test(e));
    }
    const options = kind === 'text' || kind === 'place' ? optionsIn(description) : undefined;
    const listed = options ?? (kind === 'enum' ? base.enumValues : undefined);
    specs.push({
      ...base,
      kind,
      options,
      aliases: listed ? aliasesIn(description, listed) : undefined,
      verbatim: VERBATIM.test(description) || clockAsSaid,
      fullName:
        kind === 'person_name' &&
        /\b(?:full name|first and last|first name and (?:last name|surname))\b/i.test(description),
      counter:
        (type === 'integer' || type === 'number') &&
        /\b(?:plus one|\+ ?1|next (?:step|page)|increment)\b/i.test(description),
      // Also the short form: "What kind of animal, if said: …", "the model, if mentioned".
      neverAsk:
        /\bif (?:(?:the caller|they|you) (?:already |has |have )?)?(?:gave|given|said|mentioned|provided|stated)\b/i.test(
          description,
        ),
      toolAsks: TOOL_ASKS.test(description),
    });
  }
  // "Give this or the account number": two optional arguments of which one is needed.
  for (const p of specs) {
    const m = /\b(?:give|use|ask for) this or the ([a-z0-9 -]+?)(?:[.,;]|$)/i.exec(
      p.description.replace(/[\u2018\u2019]/g, "'"),
    );
    if (!m) continue;
    const other = specs.find(
      (q) => q !== p && m[1]!.toLowerCase().includes(q.label.toLowerCase().replace(/\bid\b/i, 'id')),
    );
    if (other) p.alternative = other.name;
  }
  schemaCache.set(parameters, specs);
  return specs;
}

/** A how-many argument ("quantity", "number of guests"), filled by a count said before the thing counted. */
export function isCount(p: ParamSpec): boolean {
  return (
    !p.counter &&
    /\b(?:quantity|qty|how many|number of|count|copies|servings|portions|pieces|units|tickets|guests|people|seats)\b/i.test(
      `${p.label} ${p.description}`,
    )
  );
}

/** A count of people (team size, guests, seats): an article ("a CRM", "a tour") never gives it. */
export function countsPeople(p: ParamSpec): boolean {
  return /\b(?:people|persons|guests|seats|attendees|users|team|party|staff|employees)\b/i.test(
    `${p.label} ${p.description}`,
  );
}
