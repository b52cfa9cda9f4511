import { llm } from '@livekit/agents';
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

export function scheduleCallbackTool(deps: DeskDeps) {
  return llm.tool({
    description:
      'Book a call back from the support team at a time that suits the caller (between 8 AM and 8 PM, up to 30 days ahead). Read the number and time back to the caller.',
    parameters: scheduleCallbackParams,
    execute: async ({ phone, time }, { ctx }: llm.ToolOptions<SupportUserData>) => {
      const number = parsePhoneNumber(phone);
      if (!number.ok) throw new llm.ToolError(number.problem);
      const now = deps.now();
      const when = parseCallbackTime(time, now, deps.timeZone);
      if (!when.ok) throw new llm.ToolError(when.problem);
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
