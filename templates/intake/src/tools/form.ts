// Form filling by voice: each tool takes one group of answers, checks it, and says what is still
// missing, so the agent always knows the next question.
import { llm } from '@livekit/agents';
import { calendarDay, digitsOf, looksLikeEmail, normalizeEmail, parseDay, speakDate } from 'switchboard/spoken';
import { z } from 'zod';
import type { ClaimsApi } from '../api/claims.js';
import { INCIDENT_TYPES, type IntakeUserData } from '../userdata.js';

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

export function saveContactTool() {
  return llm.tool({
    description:
      'Save the caller’s full name and callback phone number (and email, if they give one) on the claim form.',
    parameters: z.object({
      full_name: z.string().describe('First and last name, for example "Dana Whitfield".'),
      phone: z.string().describe('Ten-digit callback number, for example "978 555 0142".'),
      email: z.string().optional().describe('Email address, if the caller offers one.'),
    }),
    execute: async ({ full_name, phone, email }, { ctx }: llm.ToolOptions<IntakeUserData>) => {
      const name = full_name.replace(/\s+/g, ' ').trim();
      if (name.split(' ').length < 2) throw new llm.ToolError('I need a first and a last name. Ask for the full name.');
      let digits = digitsOf(phone);
      if (digits.length === 11 && digits.startsWith('1')) digits = digits.slice(1);
      if (digits.length !== 10) {
        throw new llm.ToolError(
          `Phone numbers have ten digits, but I heard ${digits.length}. Ask the caller to repeat it slowly.`,
        );
      }
      const address = email ? normalizeEmail(email) : undefined;
      if (address && !looksLikeEmail(address)) {
        throw new llm.ToolError(
          `"${email}" does not sound like an email address. Ask the caller to spell it, or leave it out.`,
        );
      }
      const u = ctx.userData;
      u.fullName = name;
      u.phone = digits;
      if (address) u.email = address;
      return `Saved ${name}, phone ${digits.replace(/(\d{3})(\d{3})(\d{4})/, '$1 $2 $3')}. ${stillMissing(u)}`;
    },
  });
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
      incident_date: z.string().describe('The date it happened, for example "2025-03-02".'),
      description: z.string().describe('What happened and what was damaged, in the caller’s words.'),
    }),
    execute: async ({ incident_type, incident_date, description }, { ctx }: llm.ToolOptions<IntakeUserData>) => {
      const day = parseDay(incident_date);
      if (!day)
        throw new llm.ToolError(`I could not read "${incident_date}" as a date. Ask for the day, month and year.`);
      const today = calendarDay(claims.now());
      if (day > today) throw new llm.ToolError(`${speakDate(day)} is in the future. Ask when it actually happened.`);
      const ageDays = (Date.parse(today) - Date.parse(day)) / 86_400_000;
      if (ageDays > MAX_CLAIM_AGE_DAYS) {
        throw new llm.ToolError(
          'Claims for incidents more than a year ago need a claims handler. Offer to escalate the caller to a person.',
        );
      }
      const text = description.replace(/\s+/g, ' ').trim();
      if (text.length < 15) {
        throw new llm.ToolError(
          'That description is too short for an adjuster. Ask what happened and what was damaged.',
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
