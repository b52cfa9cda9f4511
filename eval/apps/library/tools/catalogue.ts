// The catalogue: finding titles and placing holds for pickup at a branch.
import { llm } from '@livekit/agents';
import { joinWords, money } from 'switchboard/spoken';
import { z } from 'zod';
import {
  BRANCH_IDS,
  FINE_BLOCK_CENTS,
  FORMATS,
  MAX_HOLDS,
  type CatalogueItem,
  type LibraryApi,
} from '../api/library.js';
import type { LibraryUserData } from '../userdata.js';
import { verifyCard } from './cards.js';

const FORMAT_WORDS: Record<string, string> = {
  book: 'book',
  audiobook: 'audiobook on CD',
  ebook: 'ebook',
  dvd: 'DVD',
};

function availability(library: LibraryApi, item: CatalogueItem): string {
  if (item.format === 'ebook') return 'borrow it in the Libby app';
  if (item.onShelf.length > 0) return `on the shelf at ${joinWords(item.onShelf.map((b) => library.branchName(b)))}`;
  if (item.holdQueue > 0) return `all copies out, ${item.holdQueue} waiting`;
  return 'all copies out, nobody waiting';
}

/** "BK-2042", "bk 2042", "B K two oh four two" → "BK-2042". */
export function normalizeItemId(said: string): string {
  const compact = said.toUpperCase().replace(/[^A-Z0-9]+/g, '');
  const match = /^([A-Z]{2})(\d{4})$/.exec(compact);
  return match ? `${match[1]}-${match[2]}` : said.trim().toUpperCase();
}

export function searchCatalogueTool(library: LibraryApi) {
  return llm.tool({
    description:
      'Search the library catalogue by title, author or both, and say which copies are on the shelf and where. Each result has an item number to place a hold with.',
    parameters: z.object({
      query: z.string().describe('The title, author or keywords the caller said, in their words.'),
      format: z
        .enum(['any', ...FORMATS])
        .optional()
        .describe('Only this format: book, audiobook, ebook or dvd. Leave out (or "any") when the caller did not say.'),
    }),
    execute: async ({ query, format }) => {
      const wanted = format && format !== 'any' ? format : undefined;
      const found = library.search(query, wanted);
      if (found.length === 0) {
        const also =
          wanted && library.search(query).length > 0
            ? ` It is in the catalogue in another format; offer to look at all formats.`
            : '';
        throw new llm.ToolError(
          `Nothing in the catalogue matches "${query}"${wanted ? ` as ${FORMAT_WORDS[wanted]}` : ''}.${also} Ask the caller for the exact title or the author's name.`,
        );
      }
      const shown = found
        .slice(0, 3)
        .map((i) => `${i.title} by ${i.author}, ${FORMAT_WORDS[i.format]}, item ${i.id}: ${availability(library, i)}`);
      const more = found.length > 3 ? ` There are ${found.length - 3} more; ask the caller to narrow it down.` : '';
      return `Found ${found.length}: ${shown.join('; ')}.${more}`;
    },
  });
}

export function placeHoldTool(library: LibraryApi) {
  return llm.tool({
    description:
      'Place a hold on a catalogue item for the caller to pick up at a branch. Needs their library card (number and surname) unless it was already checked on this call.',
    parameters: z.object({
      item_id: z.string().describe('The item number from search_catalogue: two letters, a dash and four digits.'),
      pickup_branch: z.enum(BRANCH_IDS).describe('Where to pick it up: central, eastside or northgate.'),
      card_number: z
        .string()
        .optional()
        .describe('The library card number (R P dash and four digits), if the card has not been checked on this call.'),
      surname: z
        .string()
        .optional()
        .describe('The surname on the card, if the card has not been checked on this call.'),
    }),
    execute: async ({ item_id, pickup_branch, card_number, surname }, { ctx }: llm.ToolOptions<LibraryUserData>) => {
      const u = ctx.userData;
      const id = normalizeItemId(item_id);
      const item = library.item(id);
      if (!item) {
        throw new llm.ToolError(
          `There is no item ${id} in the catalogue. Search the catalogue for the title first and use the item number it gives.`,
        );
      }
      if (item.format === 'ebook') {
        throw new llm.ToolError(
          `${item.title} as an ebook is borrowed in the Libby app with the library card, not held at a branch. Tell the caller, and offer another format if there is one.`,
        );
      }
      const member = verifyCard(library, u, card_number, surname);
      if (member.finesCents >= FINE_BLOCK_CENTS) {
        throw new llm.ToolError(
          `This card owes ${money(member.finesCents)}; cards owing ${money(FINE_BLOCK_CENTS, { dropZeroCents: true })} or more cannot place holds until the fines are paid. Tell the caller they can pay at any branch desk or online.`,
        );
      }
      if (library.loansOf(member.cardNumber).some((l) => l.itemId === id)) {
        throw new llm.ToolError(
          `The caller already has ${item.title} on loan, so it cannot be held. Offer to renew it instead.`,
        );
      }
      const holds = library.holdsOf(member.cardNumber);
      if (holds.some((h) => h.itemId === id)) {
        throw new llm.ToolError(`There is already a hold on ${item.title} for this card. Nothing more to do.`);
      }
      if (holds.length >= MAX_HOLDS) {
        throw new llm.ToolError(
          `This card already has ${MAX_HOLDS} holds, the most allowed. One must be picked up or cancelled before another can be placed.`,
        );
      }
      const hold = library.placeHold(member.cardNumber, id, pickup_branch);
      u.holdIds = [...u.holdIds, hold.id];
      const branch = library.branchName(pickup_branch);
      if (hold.position === 0) {
        return `Hold ${hold.id}: a copy of ${item.title} is on the shelf at ${branch} and will be set aside for the caller for five days.`;
      }
      return `Hold ${hold.id} placed on ${item.title}: the caller is number ${hold.position} in line, and the library will email them when it is ready to pick up at ${branch}.`;
    },
  });
}
