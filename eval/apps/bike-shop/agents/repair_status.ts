import { defineAgent } from 'switchboard';
import { z } from 'zod';
import type { Shop } from '../api/shop.js';
import { approveExtraWorkTool, checkRepairStatusTool } from '../tools/status.js';
import type { BikeShopUserData } from '../userdata.js';
import { HAND_BACK, PHONE_STYLE } from './style.js';

/** What the called desks hand back to the front desk. */
export const Outcome = z.object({
  resolved: z.boolean().describe('True when the caller got what they needed.'),
  summary: z.string().describe('One sentence on what was found or done.'),
});

export function repairStatus(shop: Shop) {
  return defineAgent<BikeShopUserData>({
    id: 'repair_status',
    description: 'Tells a caller where their bike’s repair is, by ticket number, and takes their OK on extra work.',
    instructions: `You check on bikes in the workshop. Ask for the repair ticket number (on the receipt or the text message, like SC-4821) and look it up with check_repair_status. If the mechanic found extra work, ask whether the owner wants it done and record the answer with approve_extra_work; it needs the full name on the ticket. ${HAND_BACK} ${PHONE_STYLE}`,
    onEnter: (u) =>
      u.ticketId
        ? `Look up ticket ${u.ticketId} with check_repair_status.`
        : 'Ask for the repair ticket number; it is on the receipt and looks like SC-4821.',
    tools: { check_repair_status: checkRepairStatusTool(shop), approve_extra_work: approveExtraWorkTool(shop) },
    returns: Outcome,
    examples: {
      check_repair_status: ['my ticket is SC-4821', 'it is SC-4835', 'is SC-4822 ready yet', 'the number is 4830'],
      approve_extra_work: [
        'yes go ahead and replace it, I am Hannah Cole',
        'no, just do the brakes, this is Hannah Cole',
        'approve it please',
      ],
      return_to_previous_agent: ['great, thanks', 'ok, that is all I needed', 'got it, thank you'],
    },
  });
}
