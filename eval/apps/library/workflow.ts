// Riverside Public Library's phone line: the front desk answers general questions and sends the
// caller to the account desk (loans, renewals, lost cards), or calls the catalogue desk (search,
// holds) or the events desk (registrations), which hand the caller back. A librarian is one
// request away from anywhere.
import { defineWorkflow } from 'switchboard';
import { z } from 'zod';
import { account } from './agents/account.js';
import { catalogue } from './agents/catalogue.js';
import { events } from './agents/events.js';
import { frontDesk } from './agents/front_desk.js';
import { librarian } from './agents/librarian.js';
import { LibraryApi } from './api/library.js';
import { LibraryUserData, PROTECTED_FIELDS } from './userdata.js';

export interface LibraryDeps {
  /** The library's systems (members, catalogue, loans, events); the in-memory mock by default. */
  library?: LibraryApi;
  /** Clock for due dates, opening hours and events; tests pass a fixed one. */
  now?: () => Date;
  /** Time zone dates are read aloud in; default the machine's. */
  timeZone?: string;
}

export function libraryWorkflow(deps: LibraryDeps = {}) {
  const library = deps.library ?? new LibraryApi({ now: deps.now, timeZone: deps.timeZone });
  return defineWorkflow({
    name: 'library',
    userData: LibraryUserData,
    protectedFields: [...PROTECTED_FIELDS],
    start: 'front_desk',
    agents: [frontDesk(library), account(library), catalogue(library), events(library), librarian],
    edges: [
      {
        from: 'front_desk',
        to: 'account',
        when: 'The caller wants to renew loans, hear what they have out or when it is due, or report a lost or stolen library card.',
        carries: z.object({ callerName: z.string().optional().describe('The caller’s name, if they gave it.') }),
        examples: [
          'I want to renew my books',
          'when are my books due',
          'what do I have checked out',
          'I lost my library card',
          'someone stole my card',
        ],
      },
      {
        from: 'front_desk',
        to: 'catalogue',
        mode: 'call',
        when: 'The caller is looking for a book, audiobook, ebook or DVD, or wants to place a hold on one.',
        examples: [
          'do you have Project Hail Mary',
          'I want to put a book on hold',
          'I am looking for a book',
          'can I reserve a DVD',
        ],
      },
      {
        from: 'front_desk',
        to: 'events',
        mode: 'call',
        when: 'The caller wants to sign up for a library event, class or workshop.',
        examples: [
          'I want to sign up for a workshop',
          'can I register for story time',
          'book me into the book club',
          'I would like to join an event',
        ],
      },
      {
        from: 'account',
        to: 'catalogue',
        mode: 'call',
        when: 'The caller now wants to find a book or place a hold.',
        examples: [
          'can I also put a hold on a book',
          'and do you have Dune on DVD',
          'I also want to reserve something',
        ],
      },
      {
        from: 'account',
        to: 'front_desk',
        when: 'The caller has something else that is not about their card or loans: a general question or an event.',
        history: 'summary',
        examples: ['I also have a question about your opening hours', 'and I want to sign up for an event'],
      },
    ],
    escalation: {
      agent: 'librarian',
      when: 'The caller asks for a librarian or a person, is upset, or needs something no desk here can do: paying or disputing fines, a lost or damaged item, research help.',
      examples: [
        'can I talk to a librarian',
        'I want to speak to a real person',
        'I want to dispute a fine',
        'I lost one of your books',
      ],
      record: { reason: 'escalationReason', ticketId: 'operatorTicket' },
    },
  });
}

// `switchboard console` and `switchboard check` load the default export.
export default libraryWorkflow;
