import { defineAgent } from 'switchboard';
import type { LibraryApi } from '../api/library.js';
import { registerForEventTool } from '../tools/events.js';
import { libraryInfoTool } from '../tools/info.js';
import type { LibraryUserData } from '../userdata.js';
import { HAND_BACK_EXAMPLES, Outcome } from './catalogue.js';
import { HAND_BACK, PHONE_STYLE } from './style.js';

export function events(library: LibraryApi) {
  return defineAgent<LibraryUserData>({
    id: 'events',
    description: 'Signs callers up for library events and workshops.',
    instructions: `You are the events desk. If the caller does not know which event they want, tell them what is coming up with library_info (topic events). To register, you need the event, the first and last name to book under, how many places, and an email for the confirmation; then call register_for_event. Events are free and need no library card. ${HAND_BACK} ${PHONE_STYLE}`,
    onEnter: 'Ask which event or workshop the caller would like to join, and offer to say what is coming up.',
    tools: { library_info: libraryInfoTool(library), register_for_event: registerForEventTool(library) },
    returns: Outcome,
    examples: {
      library_info: ['what events do you have', 'what is coming up', 'is there anything for kids'],
      register_for_event: [
        'sign me up for the résumé workshop',
        'two places at toddler story time please',
        'register EV-1204 for Sam Lee, sam.lee@example.com',
        'book one place for the tax help clinic',
      ],
      return_to_previous_agent: HAND_BACK_EXAMPLES,
    },
  });
}
