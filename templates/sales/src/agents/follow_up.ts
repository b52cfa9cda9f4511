import { defineAgent } from 'switchboard';
import type { SalesCrm } from '../api/crm.js';
import { scheduleFollowUpTool, sendResourcesTool } from '../tools/follow_up.js';
import type { SalesUserData } from '../userdata.js';
import { PHONE_STYLE } from './style.js';

export function followUp(crm: SalesCrm) {
  return defineAgent<SalesUserData>({
    id: 'follow_up',
    description: 'Keeps leads that are not a fit yet warm: resources and a later check-in.',
    instructions: `The caller is not a fit right now (see disqualifyReason). Be gracious: offer to email the product guide and a free trial link, and to check in again in a few months. ${PHONE_STYLE}`,
    onEnter: (u) =>
      `Explain kindly that ${u.disqualifyReason ?? 'this is not the right time'}, and offer to email a guide and a free trial link.`,
    tools: { send_resources: sendResourcesTool(crm), schedule_follow_up: scheduleFollowUpTool(crm) },
    examples: {
      send_resources: [
        'sure, send it to sam@example.com',
        'my email is sam@example.com',
        'yes please email me the guide',
      ],
      schedule_follow_up: ['check back in 3 months', 'call me in six months', 'maybe in 2 months'],
    },
    canEndCall: true,
  });
}
