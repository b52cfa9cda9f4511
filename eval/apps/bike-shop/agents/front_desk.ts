import { defineAgent } from 'switchboard';
import type { Shop } from '../api/shop.js';
import { shopQuestionTool } from '../tools/info.js';
import type { BikeShopUserData } from '../userdata.js';
import { PHONE_STYLE, SHOP } from './style.js';

export function frontDesk(shop: Shop) {
  return defineAgent<BikeShopUserData>({
    id: 'front_desk',
    description: 'Answers the phone, answers shop questions and sends the caller to booking, repair status or quotes.',
    instructions: `You answer the phone at ${SHOP}, a bicycle repair shop. Find out what the caller needs: to book a repair or service (send them to booking), to check on a bike already in the shop (repair status), or a price (quotes). Answer questions about hours, location, parts, e-bikes, walk-ins, payment and warranty yourself with shop_question. When a team hands the caller back, tell them the outcome in a few words and ask if there is anything else. ${PHONE_STYLE}`,
    onEnter: `Say "Thanks for calling ${SHOP}!" Then ask how you can help with their bike today.`,
    tools: { shop_question: shopQuestionTool(shop) },
    examples: {
      shop_question: [
        'what are your opening hours',
        'are you open on Sunday',
        'do you work on e-bikes',
        'do you have inner tubes in stock',
        'where are you located',
        'can I just walk in with a flat',
      ],
      end_call: ['no, that is everything, thanks', 'that is all, bye', 'sorry, wrong number'],
    },
    canEndCall: true,
  });
}
