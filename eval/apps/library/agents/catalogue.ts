import { defineAgent } from 'switchboard';
import { z } from 'zod';
import type { LibraryApi } from '../api/library.js';
import { placeHoldTool, searchCatalogueTool } from '../tools/catalogue.js';
import type { LibraryUserData } from '../userdata.js';
import { HAND_BACK, PHONE_STYLE } from './style.js';

/** What a called desk hands back. */
export const Outcome = z.object({
  resolved: z.boolean().describe('True when the caller’s request was done.'),
  summary: z.string().describe('One sentence on what was found or done.'),
});

export const HAND_BACK_EXAMPLES = ['that is all I needed, thanks', 'great, thank you', 'ok, never mind then'];

export function catalogue(library: LibraryApi) {
  return defineAgent<LibraryUserData>({
    id: 'catalogue',
    description: 'Searches the catalogue and places holds for pickup at a branch.',
    instructions: `You are the catalogue desk. Search the catalogue with search_catalogue from the title or author the caller gives, say whether it is on the shelf and where, and offer a hold. To place a hold you need the item number from the search, the branch to pick it up at (Central, Eastside or Northgate) and, unless their card was already checked on this call, the library card number and surname. Ebooks are borrowed in the Libby app, not held. ${HAND_BACK} ${PHONE_STYLE}`,
    onEnter: 'Ask which book or author the caller is looking for.',
    tools: { search_catalogue: searchCatalogueTool(library), place_hold: placeHoldTool(library) },
    returns: Outcome,
    examples: {
      search_catalogue: [
        'do you have Project Hail Mary',
        'anything by Bonnie Garmus',
        'is Dune available on DVD',
        'I am looking for a book called The Night Circus',
      ],
      place_hold: [
        'please put a hold on it for pickup at Eastside',
        'hold BK-2042 for me at Central',
        'reserve it, I will pick it up at Northgate',
        'my card is RP-3307, surname Okafor',
      ],
      return_to_previous_agent: HAND_BACK_EXAMPLES,
    },
  });
}
