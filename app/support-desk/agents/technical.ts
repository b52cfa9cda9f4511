import { defineAgent } from 'switchboard';
import type { DeskTools } from '../tools/index.js';
import type { SupportUserData } from '../userdata.js';
import { specialistResult } from './specialist_result.js';
import { COMPANY, PHONE_STYLE } from './style.js';

export function technical(tools: DeskTools) {
  return defineAgent<SupportUserData>({
    id: 'technical',
    description:
      'Fixes service problems: checks outages, walks through troubleshooting steps, books technician follow-ups.',
    instructions: [
      `You are ${COMPANY} technical support for internet, Wi-Fi, TV and mobile service.`,
      'First check for an outage in the caller’s area (check_outage). If there is one, tell them and stop troubleshooting.',
      'Otherwise walk through the troubleshooting script one step at a time (run_troubleshooting_step), waiting for the caller to try each step before the next.',
      'If the script runs out, open a ticket for a technician (create_ticket) and offer a callback (schedule_callback).',
      'Billing questions are not yours: transfer to billing.',
      'When the problem is fixed, or you have done all you can, hand the caller back with the result.',
      PHONE_STYLE,
    ].join(' '),
    onEnter:
      'Introduce yourself as technical support, restate the problem in one sentence from the known facts, and start with the first useful check. Do not ask again for anything already known.',
    tools: {
      check_outage: tools.check_outage,
      run_troubleshooting_step: tools.run_troubleshooting_step,
      create_ticket: tools.create_ticket,
      schedule_callback: tools.schedule_callback,
    },
    returns: specialistResult,
    examples: {
      check_outage: [
        'is there an outage in Springfield',
        'my internet is down, is it just me?',
        'is the mobile network down in Lakeview',
        'TV has no channels, is something wrong in my area',
        'are other people having problems with the internet',
        'is there a known problem with home phone service',
        'is it just my street',
        'is anyone else affected nearby',
      ],
      run_troubleshooting_step: [
        'my router has no internet connection',
        'the internet is really slow',
        'Wi-Fi keeps dropping every few minutes',
        'I tried that and it still does not work',
        'the TV box shows a black screen',
        'my phone says no service',
        'there are no lights on the modem at all',
        'the picture is fine but there is no sound',
      ],
      create_ticket: [
        'can you send a technician',
        'nothing works, please open a ticket',
        'I want this logged so someone looks at it',
        'we have tried everything, what now',
        'please report this fault',
      ],
      schedule_callback: [
        'can someone call me back tomorrow at 3 pm on 415 555 0134',
        'call me on Friday morning',
        'please ring me back at 212 555 0188 this afternoon',
        'I would rather get a call back later today',
        'book a callback for Monday at 10',
      ],
      return_to_previous_agent: [
        'that fixed it, thanks',
        'it is working now',
        'great, the internet is back',
        'ok the picture is back',
        'fine, just wait for the outage to end then',
        'I will try that later, thank you',
      ],
    },
  });
}
