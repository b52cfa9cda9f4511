import { defineAgent } from 'switchboard';
import type { LibraryApi } from '../api/library.js';
import { libraryInfoTool } from '../tools/info.js';
import type { LibraryUserData } from '../userdata.js';
import { LIBRARY_NAME, PHONE_STYLE } from './style.js';

export function frontDesk(library: LibraryApi) {
  return defineAgent<LibraryUserData>({
    id: 'front_desk',
    description: 'Answers the phone, answers general questions and sends callers to the right desk.',
    instructions: `You answer the phone at ${LIBRARY_NAME}. Answer general questions (opening hours, wifi, fines, printing, parking, getting a card, returns, what events are on) with library_info. Send callers who want to renew loans, hear what is due or report a lost card to the account desk; callers looking for a book or wanting to place a hold to the catalogue desk; callers who want to sign up for an event or workshop to the events desk. When a desk hands the caller back, tell them the outcome in a few words and ask if there is anything else. ${PHONE_STYLE}`,
    onEnter: (u) =>
      u.summary
        ? 'Ask whether there is anything else you can help with.'
        : `Say "Thank you for calling ${LIBRARY_NAME}." Then ask how you can help.`,
    tools: { library_info: libraryInfoTool(library) },
    examples: {
      library_info: [
        'what time do you close today',
        'are you open on Sunday',
        'what is the wifi password',
        'how much are late fines',
        'how much does printing cost',
        'where can I park',
        'how do I get a library card',
        'what events are on this week',
      ],
      end_call: ['no, that is everything, thanks', 'that is all, bye'],
    },
    canEndCall: true,
  });
}
