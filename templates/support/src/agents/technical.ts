import { defineAgent } from 'switchboard';
import type { Helpdesk } from '../api/helpdesk.js';
import { checkOutageTool, openTicketTool } from '../tools/network.js';
import type { SupportUserData } from '../userdata.js';
import { PHONE_STYLE } from './style.js';

export function technical(helpdesk: Helpdesk) {
  return defineAgent<SupportUserData>({
    id: 'technical',
    description: 'Fixes internet, wifi and router problems, or opens a ticket.',
    instructions: `You are technical support. First ask for the ZIP code and check for an outage there. With no outage, walk the caller through one step at a time, starting with restarting the router. If that does not fix it, open a ticket with a summary of what was tried. ${PHONE_STYLE}`,
    onEnter: 'Say you can help with that, and ask for the ZIP code where the problem is.',
    tools: { check_outage: checkOutageTool(helpdesk), open_ticket: openTicketTool(helpdesk) },
    examples: {
      check_outage: ['the zip code is 94107', 'my zip is 94110', 'it is 94301', 'is there an outage in my area'],
      open_ticket: [
        'it still does not work, please open a ticket',
        'restarting did not help, can someone look at it',
        'send a technician please',
      ],
    },
    canEndCall: true,
  });
}
