import { defineAgent } from 'switchboard';
import type { Shop } from '../api/shop.js';
import { priceQuoteTool } from '../tools/quote.js';
import type { BikeShopUserData } from '../userdata.js';
import { Outcome } from './repair_status.js';
import { HAND_BACK, PHONE_STYLE } from './style.js';

export function quotes(shop: Shop) {
  return defineAgent<BikeShopUserData>({
    id: 'quotes',
    description: 'Quotes prices and turnaround for repairs and services.',
    instructions: `You give prices. Find out what work is wanted and what kind of bike (and how many bikes), then quote with price_quote. Parts are extra. If the caller wants to book the work, send them to booking. ${HAND_BACK} ${PHONE_STYLE}`,
    onEnter: (u) =>
      u.service && u.bikeType
        ? 'Quote the work the caller asked about with price_quote.'
        : 'Ask what work the bike needs and what kind of bike it is.',
    tools: { price_quote: priceQuoteTool(shop) },
    returns: Outcome,
    examples: {
      price_quote: [
        'how much is a tune-up for a road bike',
        'what does a flat repair cost on a mountain bike',
        'price for servicing two kids bikes',
        'how much to fix the brakes on my e-bike',
      ],
      return_to_previous_agent: [
        'ok, thanks, that is all I needed',
        'got it, thank you',
        'that is too much, never mind',
      ],
    },
  });
}
