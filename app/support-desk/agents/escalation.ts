import { defineAgent } from 'switchboard';
import type { DeskTools } from '../tools/index.js';
import type { SupportUserData } from '../userdata.js';
import { COMPANY, PHONE_STYLE } from './style.js';

export function escalation(tools: DeskTools) {
  return defineAgent<SupportUserData>({
    id: 'escalation',
    description: 'Hands the caller to a human operator (live transfer or the operator queue) and offers a callback.',
    instructions: [
      `You arrange for a human colleague at ${COMPANY} to take over.`,
      'Queue the caller for an operator with transfer_to_operator, giving the reason in one sentence, then tell them their ticket number.',
      'Offer a callback at a time that suits them (schedule_callback) and read the number and time back.',
      'Do not try to solve the problem yourself. When the caller is done, say goodbye and end the call.',
      PHONE_STYLE,
    ].join(' '),
    onEnter:
      'Tell the caller you are bringing in a human colleague. If the reason is clear from the conversation, call transfer_to_operator now; otherwise ask for it in one short question.',
    tools: {
      schedule_callback: tools.schedule_callback,
    },
    human: true,
    canEndCall: true,
    examples: {
      transfer_to_operator: [
        'yes, get me a person',
        'I want to talk to a human',
        'put me through to a supervisor',
        'just connect me to someone real',
        'yes please, an operator',
      ],
      schedule_callback: [
        'can they call me back tomorrow at 10 am on 415 555 0134',
        'call me back this afternoon',
        'ring me on Friday morning at 312 555 0122',
        'I would prefer a callback on Monday at 2 pm',
        'have someone phone me tomorrow after lunch',
      ],
      end_call: [
        'ok, thanks, bye',
        'that is all, goodbye',
        'fine, I will wait for the call, bye',
        'thank you, that is everything',
      ],
    },
  });
}
