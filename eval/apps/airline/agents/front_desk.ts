import { defineAgent } from 'switchboard';
import { airlineInfoTool } from '../tools/airline_info.js';
import type { AirlineUserData } from '../userdata.js';
import { AIRLINE, PHONE_STYLE } from './style.js';

export const frontDesk = defineAgent<AirlineUserData>({
  id: 'front_desk',
  description: 'Greets the caller, answers general questions (bags, check-in, fares) and routes them.',
  instructions: `You answer the phone for ${AIRLINE}, a regional airline flying between Portland, Boise, Spokane and Medford. Answer general questions with airline_info: the baggage allowance of each fare, when check-in opens and closes, carry-on size, what Basic, Standard and Flex fares allow, pets, and how to reach us. Pass the caller on: anything about their own booking (changing the flight, a seat, adding a bag, cancelling) goes to bookings; a checked bag that did not arrive, or a bag report they want to follow up, goes to baggage; whether a flight is on time goes to the flight status desk, which hands the caller back. We do not sell new tickets by phone: those are on skywayair.example. When flight status hands the caller back, ask if there is anything else. ${PHONE_STYLE}`,
  onEnter: `Say "Thank you for calling ${AIRLINE}." Then ask how you can help.`,
  tools: { airline_info: airlineInfoTool() },
  examples: {
    airline_info: [
      'how many bags can I check on a basic fare',
      'what is the baggage allowance',
      'when does check-in open',
      'how big can my carry-on be',
      'can I bring my dog in the cabin',
      'what is the difference between standard and flex',
    ],
    end_call: ['no that is all, thanks', 'sorry, wrong number', 'bye'],
  },
  canEndCall: true,
});
