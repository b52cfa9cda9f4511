// Form filling by voice: each tool takes one group of answers, checks it, and says what is still
// missing, so the agent always knows the next question.
import { llm } from '@livekit/agents';
import {
  getDate,
  getEmail,
  getName,
  getPhoneNumber,
  speakDigits,
  type CaptureResult,
  type CaptureSuccess,
} from 'switchboard';
import { z } from 'zod';
import type { ClaimsApi } from '../api/claims.js';
import { INCIDENT_TYPES, type IntakeUserData } from '../userdata.js';
import { calendarDay, digitsOf, speakDate } from 'switchboard/spoken';

/** Claims reported later than this go to a person. */
export const MAX_CLAIM_AGE_DAYS = 365;

/** The questions still open, as a sentence the agent can act on. */
export function stillMissing(u: IntakeUserData): string {
  const missing = [
    !u.fullName && 'full name',
    !u.phone && 'phone number',
    !u.incidentType && 'what happened',
    !u.incidentDate && 'when it happened',
    !u.description && 'a short description',
  ].filter(Boolean);
  return missing.length > 0 ? `Still needed: ${missing.join(', ')}.` : 'That is everything the form needs.';
}

/** A capture the form cannot do without: the value, or a ToolError saying what to do instead. */
function required<T>(result: CaptureResult<T>, what: string): CaptureSuccess<T> {
  if (result.ok) return result;
  throw new llm.ToolError(
    `${result.reason === 'declined' ? `The caller did not want to give their ${what}` : `The caller's ${what} could not be taken down`}. A claim cannot be filed by phone without it: offer to bring in a claims handler.`,
  );
}

/** US callback numbers: ten digits, a leading country code 1 dropped. */
export function tenDigits(said: string): string {
  return digitsOf(said).replace(/^1(?=\d{10}$)/, '');
}

const US_NUMBER = (text: string) => {
  const digits = tenDigits(text);
  return digits.length === 10 ? undefined : `Phone numbers have ten digits, but I heard ${digits.length}.`;
};

// The prebuilt capture tasks read what the caller said (spoken forms, spelled names). A value
// given with the request is taken as said and read back in the reply; one that is missing or does
// not check out is asked for by the task, which reads it back and takes corrections.
export function saveContactTool() {
  return llm.tool({
    description:
      'Save the caller’s full name and callback phone number (and email, if they give one) on the claim form. Pass what the caller said; the tool asks for a missing number and anything unclear.',
    parameters: z.object({
      full_name: z.string().describe('First and last name, for example "Dana Whitfield".'),
      phone: z
        .string()
        .optional()
        .describe('Ten-digit callback number, for example "978 555 0142"; the tool asks for it if not given.'),
      email: z.string().optional().describe('Email address, if the caller offers one.'),
    }),
    execute: async ({ full_name, phone, email }, { ctx }: llm.ToolOptions<IntakeUserData>) => {
      const u = ctx.userData;
      if (full_name.trim() || !u.fullName) {
        const name = required(await getName({ requireLastName: true }).runWith(full_name), 'full name');
        u.fullName = name.value.full;
      }
      if (phone?.trim() || !u.phone) {
        const number = required(await getPhoneNumber({ validate: US_NUMBER }).runWith(phone), 'callback number');
        u.phone = tenDigits(number.text);
      }
      let emailNote = '';
      if (email?.trim()) {
        const address = await getEmail().runWith(email);
        // Email is optional: a caller who would rather not spell it keeps going without one.
        if (address.ok) u.email = address.value;
        else emailNote = ' No email saved.';
      }
      const saved = `Saved ${u.fullName}, phone ${speakDigits(u.phone)}${u.email ? `, email ${spokenEmail(u.email)}` : ''}.`;
      return `${saved}${emailNote} ${stillMissing(u)}`;
    },
  });
}

/** "dana.w@example.com" → "dana dot w at example dot com". */
function spokenEmail(address: string): string {
  return address.replace(/@/g, ' at ').replace(/\./g, ' dot ');
}

export function saveIncidentTool(claims: ClaimsApi) {
  return llm.tool({
    description: 'Save what happened, the date it happened, and a short description on the claim form.',
    parameters: z.object({
      incident_type: z
        .enum(INCIDENT_TYPES)
        .describe(
          'water (leak, flood, flooded, burst pipe, pipe), fire (smoke, burned, burnt), theft (stolen, stole, break-in, broke in, burglary), storm (wind, hail, roof, tree, lightning), or other.',
        ),
      incident_date: z
        .string()
        .describe('The date it happened, for example "2025-03-02"; the tool asks again when it is unclear.'),
      description: z.string().describe('What happened and what was damaged, in the caller’s words.'),
    }),
    execute: async ({ incident_type, incident_date, description }, { ctx }: llm.ToolOptions<IntakeUserData>) => {
      const text = description.replace(/\s+/g, ' ').trim();
      if (text.length < 15) {
        throw new llm.ToolError(
          'That description is too short for an adjuster. Ask what happened and what was damaged.',
        );
      }
      const when = await getDate({
        what: 'incident date',
        when: 'past',
        allowToday: true,
        now: () => claims.now(),
        question: 'What date did it happen?',
      }).runWith(incident_date);
      if (!when.ok)
        throw new llm.ToolError('The claim needs the date it happened. Offer to bring in a claims handler.');
      const day = when.value;
      const today = calendarDay(claims.now());
      const ageDays = (Date.parse(today) - Date.parse(day)) / 86_400_000;
      if (ageDays > MAX_CLAIM_AGE_DAYS) {
        throw new llm.ToolError(
          'Claims for incidents more than a year ago need a claims handler. Offer to escalate the caller to a person.',
        );
      }
      const u = ctx.userData;
      u.incidentType = incident_type;
      u.incidentDate = day;
      u.description = text;
      return `Saved a ${incident_type} claim for ${speakDate(day)}. ${stillMissing(u)}`;
    },
  });
}
