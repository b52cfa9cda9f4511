// Free-text arguments (a summary, a reason, a thing's name as said) from one utterance: what the
// caller said around their name and the request's own words, never chatter, ids or a bare yes.
import { takesNameAsSaid, thingNamed } from './thing_named.js';
import type { ParamSpec } from './param_spec.js';
import {
  cleanText,
  describesSomething,
  describingPart,
  isDescriptive,
  namedPart,
  namesAThing,
  namesOneThing,
  picksOne,
  withoutChosenKinds,
  withoutChatter,
  withoutIntroduction,
  withoutAnswerLead,
  POINTER_ONLY,
  leftAName,
} from './free_text.js';
import { type Utterance } from './slots/index.js';
import { possessiveName } from './slots/others_name.js';
import type { ToolInfo } from './tool_catalog.js';
import { escapeRegExp } from './regexp.js';
import { exampleUnit, measuredThing } from './slots/measured_thing.js';

/** The parts of the extraction's options free text reads. */
export interface FreeTextOptions {
  expecting?: ParamSpec;
  opening: boolean;
  requestWords: ReadonlySet<string>;
}

/** What extraction has found so far, and how it records a value (`put` checks the value fits). */
export interface FreeTextFill {
  values: Record<string, unknown>;
  put: (p: ParamSpec, value: unknown, strong: boolean) => void;
  /** The caller's name as said in the utterance, if any. */
  saidName: string | undefined;
}

/** Fill the text and reason arguments still empty. */
export function fillFreeText(tool: ToolInfo, u: Utterance, opts: FreeTextOptions, fill: FreeTextFill): void {
  const { values, put, saidName } = fill;
  const expecting = opts.expecting;
  const byKind = (k: ParamSpec['kind']) => tool.params.filter((p) => p.kind === k);
  for (const p of [...byKind('text'), ...byKind('reason')]) {
    if (values[p.name] !== undefined) continue;
    const max = p.maxLength ?? (p.kind === 'reason' ? 200 : 300);
    // The caller's name is who they are, not what they need.
    const intro = withoutIntroduction(u.raw);
    // Social chatter around the request ("hello? oh good, a person") is no part of a note.
    const spoken = saidName
      ? intro
          .replace(
            new RegExp(
              `(?:(?:my name is|my name's|this is|i am|i'm|it's|its)\\s+)?${escapeRegExp(saidName)}(?:\\s+(?:here|speaking|calling))?`,
              'i',
            ),
            ' ',
          )
          .replace(/^[\s,.]+|[\s,.]+$/g, '')
      : intro;
    const said = expecting === p ? spoken : withoutChatter(spoken);
    const clean = namesAThing(p)
      ? cleanText(
          namedPart(
            withoutChosenKinds(describingPart(said, opts.requestWords), tool.params, values),
            opts.requestWords,
          ),
          max,
        )
      : cleanText(describingPart(said, opts.requestWords), max);
    // A thing with its amount, shaped like the description's example ("sertraline 50 mg"): wherever said.
    const units = exampleUnit(p.description);
    const measured = units ? measuredThing(u.norm, units) : undefined;
    if (measured) {
      put(p, measured, true);
      continue;
    }
    // A thing's name as the caller says it ("a refill of Biscuit's carprofen" → "carprofen"): from
    // the request or as the answer; never an amount or an id said for another argument.
    if (takesNameAsSaid(p)) {
      const owners = Object.values(values).filter((v): v is string => typeof v === 'string');
      const whose = possessiveName(u.norm);
      const thing = thingNamed(
        withoutIntroduction(u.norm),
        opts.requestWords,
        whose ? [...owners, whose] : owners,
        expecting === p,
      );
      if (thing && (expecting === p || opts.opening)) put(p, cleanText(thing, max), false);
      continue;
    }
    // "put it on hold", "is that one in": a pointer names nothing (the thing was named before).
    if (namesAThing(p) && POINTER_ONLY.test(clean)) continue;
    // Listed options are what the tool understands: free text only as a short, direct answer.
    if (p.options && (expecting !== p || clean.split(/\s+/).length > 4)) continue;
    if (!clean || /^(?:yes|no|yeah|nope|ok|okay)[.!]?$/i.test(clean)) continue;
    if (expecting === p) put(p, clean.split(/\s+/).length <= 5 ? withoutAnswerLead(clean) : clean, false);
    // One thing out of several ("Leave out to renew everything"): not filled by the whole set ("renew my books").
    else if (picksOne(p) && !namesOneThing(said, opts.requestWords)) continue;
    // An optional "reason" on a transfer is a note for the logs: the caller's words will do.
    // Whole, when its head names only the work ("the mailing address, for the vendor form"): the
    // desk it goes to reads its request from it.
    else if (p.kind === 'reason' && !p.required && opts.opening) put(p, headOnlyNames(said, clean, max), false);
    // A reason or an optional note may be short ("I was overcharged", "a problem with my invoice").
    else if (
      opts.opening &&
      describesSomething(p) &&
      isDescriptive(said, opts.requestWords, p.kind === 'reason' || !p.required ? 1 : 2)
    )
      put(p, headOnlyNames(said, clean, max), false);
    // A thing's name said with the request ("sign me up for the résumé workshop"): the name, when
    // the request's frame words left a short one ("the line itself" is no name).
    else if (opts.opening && p.required && namesAThing(p) && leftAName(said, clean)) put(p, clean, false);
  }
}

/**
 * The describing part dropped a head that is only a thing's name, said without a verb ("the
 * mailing address, for the vendor form"): that thing is what is asked about, so the whole line.
 */
function headOnlyNames(said: string, clean: string, max: number): string {
  const head = said.split(/(?<=[,;.!?])\s+/)[0] ?? '';
  const bareThing = /^(?:(?:and|oh|so|also|um|uh)\s+)*(?:the|my|our|your|a|an)\s+[a-z' -]+[,;.!?]?$/i.test(head);
  return bareThing && clean !== cleanText(said, max) && !clean.startsWith(head) ? cleanText(said, max) : clean;
}
