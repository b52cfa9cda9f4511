import { defineAgent } from 'switchboard';
import { qualifyLeadTool } from '../tools/qualification.js';
import type { SalesUserData } from '../userdata.js';
import { PHONE_STYLE } from './style.js';

export const qualification = defineAgent<SalesUserData>({
  id: 'qualification',
  description: 'Learns team size and timeline and decides if the lead fits.',
  instructions: `You qualify leads. Ask how many people would use the product and when they want to start, then call qualify_lead. If they qualify, move them to the demo; if not, move them to follow-up. Never promise prices. ${PHONE_STYLE}`,
  onEnter: (u) =>
    `Thank ${u.contactName ?? 'the caller'} and ask how many people on their team would use it, and when they hope to start.`,
  tools: { qualify_lead: qualifyLeadTool() },
  examples: {
    qualify_lead: [
      'we are 40 people and want to start this quarter',
      'a team of 12, hoping to switch this month',
      'just me and a friend, we are just looking',
      'about 25 reps, sometime this year',
    ],
  },
});
