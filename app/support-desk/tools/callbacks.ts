import { llm } from '@livekit/agents';
import { getPhoneNumber } from 'switchboard';
import { parsePhoneNumber, spokenDayTime } from 'switchboard/spoken';
import { z } from 'zod';
import type { SupportUserData } from '../userdata.js';
import { parseCallbackTime } from './callback_time.js';
import type { DeskDeps } from './deps.js';

export const scheduleCallbackParams = z.object({
  phone: z
    .string()
    .describe('The number to call back as the caller said it, for example "415 555 0134" or "+44 7700 900123".'),
  time: z.string().describe('When to call, in the caller’s words, for example "tomorrow at 3 pm" or "Friday morning".'),
});

/**
 * Why a number cannot be called back, in words for the caller (the capture task says them before
 * asking again), or undefined when the desk can dial it: a full US number or an international one.
 */
export function callbackNumberProblem(text: string): string | undefined {
  const number = parsePhoneNumber(text);
  if (number.ok) return undefined;
  // parsePhoneNumber writes for the agent ("Ask the caller…") and quotes the digits; the caller
  // hears only what was wrong.
  return number.problem
    .replace(/\s*Ask the caller\b.*$/s, '')
    .replace(/^"[^"]*"/, 'That number')
    .trim();
}

const EXTENSION = /\b(?:ext|extension|x)\.?\s*\d+\s*$/i;

export function scheduleCallbackTool(deps: DeskDeps) {
  return llm.tool({
    description:
      'Book a call back from the support team at a time that suits the caller (between 8 AM and 8 PM, up to 30 days ahead). Read the number and time back to the caller.',
    parameters: scheduleCallbackParams,
    execute: async ({ phone, time }, { ctx }: llm.ToolOptions<SupportUserData>) => {
      // The time first: it needs no questions, so a bad one never costs the caller a number read-back.
      const now = deps.now();
      const when = parseCallbackTime(time, now, deps.timeZone);
      if (!when.ok) throw new llm.ToolError(when.problem);

      // The prebuilt phone capture: a callable number given with the request is taken as said (the
      // reply below reads it back); a missing or unusable one is asked for, read back and corrected.
      const extension = EXTENSION.test(phone.trim());
      const captured = await getPhoneNumber({
        question: extension
          ? 'We cannot call back an extension. What direct number can we reach you on?'
          : 'What number should we call you back on?',
        validate: (_value, text) => callbackNumberProblem(text),
      }).runWith(extension ? undefined : phone);
      if (!captured.ok) {
        throw new llm.ToolError(
          'No callback number was taken down, so nothing was booked. Tell the caller, and offer to bring in a human colleague instead.',
        );
      }
      const number = parsePhoneNumber(captured.text);
      if (!number.ok) throw new llm.ToolError(number.problem);

      const userData = ctx.userData;
      const callback = deps.store.createCallback({
        customerId: userData.customerId,
        callerName: userData.callerName,
        phone: number.e164,
        scheduledFor: when.at,
        ticketId: userData.ticketId,
        at: now,
      });
      userData.callbackPhone = number.e164;
      userData.callbackTime = callback.scheduledFor;
      return `Your callback is booked for ${spokenDayTime(when.at, now, deps.timeZone)}, to ${number.spoken}. The reference is ${callback.id}.`;
    },
  });
}
