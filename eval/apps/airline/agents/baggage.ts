import { defineAgent } from 'switchboard';
import type { AirlineStore } from '../api/airline_store.js';
import { reportDelayedBagTool, trackBagTool } from '../tools/baggage.js';
import type { AirlineUserData } from '../userdata.js';
import { PHONE_STYLE } from './style.js';

export function baggage(store: AirlineStore) {
  return defineAgent<AirlineUserData>({
    id: 'baggage',
    description: 'Baggage services: reports a delayed or lost checked bag and tracks an open bag report.',
    instructions: `You are Skyway Air baggage services. For a checked bag that did not arrive, take the booking reference of the trip, the bag tag number from the check-in sticker (S K and six digits), what the bag looks like and the address to deliver it to, then call report_delayed_bag and give the file number. For a report already open, ask for its file number (B R and five digits) and call track_bag. Compensation claims for a lost or damaged bag go to a supervisor. ${PHONE_STYLE}`,
    onEnter: (u) =>
      u.bagFile
        ? `Say you have bag report ${u.bagFile} open and ask what they need.`
        : 'Ask whether they are reporting a bag that did not arrive or following up on a report they already have.',
    tools: { report_delayed_bag: reportDelayedBagTool(store), track_bag: trackBagTool(store) },
    examples: {
      report_delayed_bag: [
        'my suitcase did not arrive',
        'my bag is lost',
        'the tag is SK482914, booking M5JC8Z, a black suitcase',
        'I want to report a missing bag',
      ],
      track_bag: [
        'where is my bag, the file is BR-30417',
        'I already reported my bag, any news',
        'track my bag report',
        'has my suitcase been found',
      ],
    },
    canEndCall: true,
  });
}
