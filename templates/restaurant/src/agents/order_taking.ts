import { defineAgent } from 'switchboard';
import type { Kitchen } from '../api/kitchen.js';
import { searchMenuTool } from '../tools/menu.js';
import { addItemTool, readOrderTool, removeItemTool } from '../tools/order.js';
import type { RestaurantUserData } from '../userdata.js';
import { PHONE_STYLE } from './style.js';

export function orderTaking(kitchen: Kitchen) {
  return defineAgent<RestaurantUserData>({
    id: 'order_taking',
    description: 'Takes the order dish by dish and reads it back.',
    instructions: `You take pickup orders. Add each dish the caller asks for, confirm quantities, and answer quick menu questions with search_menu. When they have everything, read the order back and move on to payment. ${PHONE_STYLE}`,
    onEnter: (u) =>
      u.order.length > 0
        ? 'Ask what the caller would like to change in the order.'
        : 'Ask what they would like to order.',
    tools: {
      add_item: addItemTool(kitchen),
      remove_item: removeItemTool(kitchen),
      read_order: readOrderTool(),
      search_menu: searchMenuTool(kitchen),
    },
    // The order is only a basket until it is placed; a menu question answered is done for the caller.
    steps: ['add_item', 'remove_item', 'read_order'],
    examples: {
      add_item: [
        'I would like two margherita pizzas',
        'add a carbonara',
        'and one pistachio gelato',
        'can I get a diavola',
      ],
      remove_item: ['actually remove the carbonara', 'take off the gelato', 'no salad after all'],
      read_order: ['what do I have so far', 'can you read that back', 'what is my total'],
      search_menu: ['is the arrabbiata spicy', 'what vegan dishes do you have'],
    },
  });
}
