import { defineAgent } from 'switchboard';
import type { Kitchen } from '../api/kitchen.js';
import { searchMenuTool } from '../tools/menu.js';
import type { RestaurantUserData } from '../userdata.js';
import { PHONE_STYLE } from './style.js';

export function menu(kitchen: Kitchen) {
  return defineAgent<RestaurantUserData>({
    id: 'menu',
    description: 'Answers questions about dishes, prices and dietary needs.',
    instructions: `You know the menu. Answer questions about dishes, prices and dietary needs with search_menu, and suggest one or two dishes. When the caller is ready to order, pass them to order taking. ${PHONE_STYLE}`,
    onEnter: 'Ask what they would like to know about the menu.',
    tools: { search_menu: searchMenuTool(kitchen) },
    examples: {
      search_menu: [
        'what vegan dishes do you have',
        'what pizzas do you have',
        'what is in the carbonara',
        'do you have desserts',
      ],
    },
  });
}
