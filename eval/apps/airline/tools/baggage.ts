// Baggage services: report a checked bag that did not arrive, and track a report by its file number.
import { llm } from '@livekit/agents';
import { z } from 'zod';
import type { AirlineStore } from '../api/airline_store.js';
import { spokenDate, spokenFlight } from '../api/airline_store.js';
import type { AirlineUserData } from '../userdata.js';
import { parseBagFile, parseBagTag, parseBookingReference, spellOut } from './spoken.js';

const STATUS_WORDS = {
  searching: 'still being searched for',
  located: 'found',
  out_for_delivery: 'out for delivery today',
  delivered: 'delivered',
} as const;

export function reportDelayedBagTool(store: AirlineStore) {
  return llm.tool({
    description:
      'Open a report for a checked bag that did not arrive (delayed, lost or missing) after a Skyway Air flight, so it is traced and delivered to the caller.',
    parameters: z.object({
      reference: z
        .string()
        .describe('The booking reference of the trip: six letters and digits, like "M5JC8Z" or "M 5 J C 8 Z".'),
      bag_tag: z
        .string()
        .describe('The bag tag number on the sticker from check-in: S K and six digits, like "SK482914".'),
      description: z
        .string()
        .describe('What the bag looks like: colour, kind and anything special, like "green duffel bag".'),
      delivery_address: z.string().describe('The street address where the bag should be delivered once found.'),
    }),
    execute: async (
      { reference, bag_tag, description, delivery_address },
      { ctx }: llm.ToolOptions<AirlineUserData>,
    ) => {
      const ref = parseBookingReference(reference);
      if (!ref)
        throw new llm.ToolError(
          `"${reference}" is not a booking reference: six letters and digits, like M 5 J C 8 Z. Ask for it again.`,
        );
      const b = store.find(ref);
      if (!b) throw new llm.ToolError(`There is no booking ${spellOut(ref)}. Ask the caller to check the reference.`);
      if (b.status === 'cancelled' || store.hoursUntil(b.flight, b.day) > 0)
        throw new llm.ToolError(
          `The flight on booking ${spellOut(ref)} has not flown yet, so no bag can be missing from it. Ask for the booking of the flight they just took.`,
        );
      const tag = parseBagTag(bag_tag);
      if (!tag)
        throw new llm.ToolError(
          `"${bag_tag}" is not a bag tag number. It is S K and six digits, on the sticker from check-in. Ask for it again.`,
        );
      if (!b.bagTags.includes(tag))
        throw new llm.ToolError(
          `Bag tag ${tag} is not on booking ${spellOut(ref)}. Ask the caller to read the tag number again from the sticker.`,
        );
      const open = store.bagReports.find((r) => r.tag === tag);
      if (open)
        throw new llm.ToolError(
          `Bag ${tag} already has report ${open.file}, opened ${spokenDate(open.openedOn)}. Offer to track that report instead.`,
        );
      if (description.trim().length < 3) throw new llm.ToolError('Ask what the bag looks like: its colour and kind.');
      if (!/\d/.test(delivery_address) || delivery_address.trim().split(/\s+/).length < 3)
        throw new llm.ToolError(
          `"${delivery_address}" is not a full street address. Ask for the house number, street and town to deliver to.`,
        );
      const report = store.openBagReport({
        reference: ref,
        tag,
        description: description.trim(),
        address: delivery_address.trim(),
      });
      ctx.userData.bagFile = report.file;
      return `Report ${report.file} is open for the ${report.description}, tag ${tag}, from ${spokenFlight(b.flight)}. Once found it is delivered free to ${report.address}, and the baggage team calls within two days. Keep receipts for essentials: up to $50 a day is refunded while the bag is delayed.`;
    },
  });
}

export function trackBagTool(store: AirlineStore) {
  return llm.tool({
    description: 'Say where a delayed or lost bag is now, from the file number of its bag report.',
    parameters: z.object({
      file_number: z
        .string()
        .optional()
        .describe(
          'The bag report’s file number as the caller said it: B R and five digits, like "BR-30417". Leave out for the report just opened.',
        ),
    }),
    execute: async ({ file_number }, { ctx }: llm.ToolOptions<AirlineUserData>) => {
      const said = file_number?.trim();
      const file = said ? parseBagFile(said) : ctx.userData.bagFile;
      if (!file)
        throw new llm.ToolError(
          said
            ? `"${said}" is not a bag report file number: B R and five digits, like BR-30417. Ask for it again.`
            : 'Ask for the file number of the bag report: B R and five digits, on the report email.',
        );
      const report = store.bagReport(file);
      if (!report) throw new llm.ToolError(`There is no bag report ${file}. Ask the caller to check the file number.`);
      ctx.userData.bagFile = report.file;
      return `Report ${report.file}, the ${report.description} (tag ${report.tag}), is ${STATUS_WORDS[report.status]}. ${report.note} Delivery is to ${report.address}.`;
    },
  });
}
