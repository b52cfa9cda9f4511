import { llm } from '@livekit/agents';
import { article, money } from 'switchboard/spoken';
import { z } from 'zod';
import type { Shop } from '../api/shop.js';
import { BIKE_LABEL, MAX_BIKES_PER_QUOTE, SERVICE_MENU } from '../api/shop_data.js';
import { BIKE_TYPES, SERVICES, SERVICE_WORDS, type BikeShopUserData } from '../userdata.js';

export function priceQuoteTool(shop: Shop) {
  return llm.tool({
    description: 'Quote the price and usual turnaround of a repair or service, for one bike or a few of the same kind.',
    parameters: z.object({
      service: z.enum(SERVICES).describe(`The work wanted: ${SERVICE_WORDS}.`),
      bike_type: z
        .enum(BIKE_TYPES)
        .describe('The kind of bike: road, mountain, hybrid, ebike (electric), kids or cargo.'),
      bike_count: z.number().int().min(1).optional().describe('How many bikes of that kind, if more than one.'),
    }),
    execute: async ({ service, bike_type, bike_count }, { ctx }: llm.ToolOptions<BikeShopUserData>) => {
      const count = bike_count ?? 1;
      if (service === 'ebike_service' && bike_type !== 'ebike')
        throw new llm.ToolError('The e-bike service is only for electric bikes. Ask whether they mean a tune-up.');
      if (service === 'full_overhaul' && bike_type === 'kids')
        throw new llm.ToolError('We do not overhaul kids’ bikes; a tune-up covers them. Offer to quote a tune-up.');
      if (count > MAX_BIKES_PER_QUOTE)
        throw new llm.ToolError(
          `Phone quotes cover up to ${MAX_BIKES_PER_QUOTE} bikes. For ${count} bikes a mechanic prices the job: offer to put the caller through to a mechanic.`,
        );
      const menu = SERVICE_MENU[service];
      const each = shop.price(service, bike_type);
      const u = ctx.userData;
      Object.assign(u, { service, bikeType: bike_type, quotedCents: each * count });
      const price =
        count === 1
          ? `${money(each, { dropZeroCents: true })}`
          : `${money(each, { dropZeroCents: true })} a bike, ${money(each * count, { dropZeroCents: true })} ${count === 2 ? 'for both' : `for all ${count}`}`;
      const turnaround =
        menu.days === 0
          ? 'done the same day, often while you wait'
          : `usually ready in ${menu.days} working day${menu.days > 1 ? 's' : ''}`;
      return `A ${menu.label} for ${count === 1 ? article(BIKE_LABEL[bike_type]) : `${count} ${BIKE_LABEL[bike_type]}s`} is ${price}, parts extra if any are needed. It is ${turnaround}.`;
    },
  });
}
