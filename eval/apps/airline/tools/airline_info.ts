// The front desk's FAQ: baggage allowance per fare, check-in times, carry-on, fares, pets, contact.
import { llm } from '@livekit/agents';
import { money } from 'switchboard/spoken';
import { z } from 'zod';
import {
  BAG_PRICE_CENTS,
  CANCEL_FEE_CENTS,
  FARES,
  FARE_CLASSES,
  MAX_BAGS,
  SEAT_FEE_CENTS,
  type FareClass,
} from '../api/airline_data.js';
import type { AirlineUserData } from '../userdata.js';

export const INFO_TOPICS = ['baggage_allowance', 'check_in', 'carry_on', 'fares', 'pets', 'contact'] as const;

const bagsIn = (fare: FareClass) => {
  const n = FARES[fare].bagsIncluded;
  return n === 0 ? 'no checked bag' : n === 1 ? 'one checked bag' : 'two checked bags';
};

const allowance = (fare: FareClass) =>
  `A ${FARES[fare].label} fare includes ${bagsIn(fare)} of up to 23 kilos (50 pounds)${fare === 'basic' ? '' : ' each'}, plus one carry-on and one personal item.`;

export const fareClassParam = z
  .enum(FARE_CLASSES)
  .describe('The fare: basic (the cheapest, saver), standard (main, regular) or flex (flexible, fully refundable).');

export function airlineInfoTool() {
  return llm.tool({
    description:
      'Answer general questions about flying Skyway Air: the baggage allowance of each fare, when check-in opens and closes, carry-on size, what each fare allows, pets in the cabin, and how to reach us.',
    parameters: z.object({
      topic: z
        .enum(INFO_TOPICS)
        .describe(
          'baggage_allowance (checked bags included, bag fees, weight), check_in (when online or airport check-in opens and closes), carry_on (hand luggage size), fares (what basic, standard and flex allow: changes, refunds, seats), pets (animals in the cabin), or contact (email, website, the airport desks).',
        ),
      fare_class: fareClassParam.optional(),
    }),
    execute: async ({ topic, fare_class }, { ctx }: llm.ToolOptions<AirlineUserData>) => {
      const fare = fare_class ?? ctx.userData.fareClass;
      if (fare_class) ctx.userData.fareClass = fare_class;
      switch (topic) {
        case 'baggage_allowance':
          return fare
            ? `${allowance(fare)} Each extra checked bag is ${money(BAG_PRICE_CENTS, { dropZeroCents: true })} when added by phone or online, up to ${MAX_BAGS} bags in all.`
            : `Basic includes no checked bag, Standard one and Flex two, each up to 23 kilos (50 pounds); every fare has one carry-on and one personal item. An extra checked bag is ${money(BAG_PRICE_CENTS, { dropZeroCents: true })} by phone or online, up to ${MAX_BAGS} bags in all.`;
        case 'check_in':
          return 'Online check-in opens 24 hours before departure and closes 45 minutes before. The airport counter opens 2 hours before departure and closes 40 minutes before; boarding closes 15 minutes before departure.';
        case 'carry_on':
          return 'One carry-on up to 10 kilos (22 pounds) and 22 by 14 by 9 inches, plus one personal item that fits under the seat, on every fare.';
        case 'fares':
          if (fare === 'basic')
            return `Basic cannot be changed or refunded, includes no checked bag, and a seat chosen before check-in is ${money(SEAT_FEE_CENTS, { dropZeroCents: true })}.`;
          if (fare === 'standard')
            return `Standard can be changed for a $75 fee, cancelled for a travel credit less ${money(CANCEL_FEE_CENTS, { dropZeroCents: true })}, and includes one checked bag and a free seat choice.`;
          if (fare === 'flex')
            return 'Flex changes for free, is refunded in full to the card when cancelled, and includes two checked bags and a free seat choice.';
          return `Basic cannot be changed or refunded and includes no checked bag. Standard changes for $75, cancels for a travel credit less ${money(CANCEL_FEE_CENTS, { dropZeroCents: true })}, and includes one checked bag. Flex changes for free, is fully refundable and includes two checked bags.`;
        case 'pets':
          return 'Small cats and dogs may fly in the cabin in a carrier under the seat, for $95 each way, two per flight; book them with a person. Service animals fly free.';
        case 'contact':
          return 'You can write to help@skywayair.example or manage a booking at skywayair.example. Our airport desks are at Portland, Boise, Spokane and Medford, open two hours before every departure.';
      }
    },
  });
}
