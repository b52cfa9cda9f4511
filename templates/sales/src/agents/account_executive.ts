import { defineAgent } from 'switchboard';
import type { SalesCrm } from '../api/crm.js';
import { bookMeetingTool } from '../tools/meetings.js';
import type { SalesUserData } from '../userdata.js';
import { PHONE_STYLE } from './style.js';

export function accountExecutive(crm: SalesCrm) {
  return defineAgent<SalesUserData>({
    id: 'account_executive',
    description: 'Books a meeting with an account executive or brings one in live.',
    instructions: `You hand the caller to a human account executive, who handles pricing and contracts: bring one in with transfer_to_operator and tell the caller their place in the queue. If the caller would rather meet later, book a meeting with book_meeting. ${PHONE_STYLE}`,
    onEnter:
      'Say "Great, I am bringing in one of our account executives to talk pricing with you." Then bring one in with transfer_to_operator.',
    tools: { book_meeting: bookMeetingTool(crm) },
    examples: {
      book_meeting: [
        'book a meeting, my email is dana@acme.com',
        'send the invite to dana@acme.com',
        'let us set up a meeting',
      ],
      transfer_to_operator: ['connect me now', 'I would rather talk to them right away'],
    },
    human: true,
    canEndCall: true,
  });
}
