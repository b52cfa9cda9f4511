import { llm } from '@livekit/agents';
import { money } from 'switchboard/spoken';
import { z } from 'zod';
import type { Kitchen } from '../api/kitchen.js';

export function searchMenuTool(kitchen: Kitchen) {
  return llm.tool({
    description:
      'Look up dishes on the menu by name, course or dietary need (vegetarian, vegan, gluten free, spicy), with prices.',
    parameters: z.object({
      question: z.string().describe('The caller’s question about the menu, for example "vegan dishes" or "carbonara".'),
    }),
    execute: async ({ question }) => {
      const items = kitchen.search(question);
      if (items.length === 0) {
        throw new llm.ToolError(
          `Nothing on the menu matches "${question}". Suggest the pizzas, pastas, salad or desserts instead.`,
        );
      }
      return items
        .map(
          (i) =>
            `${i.name}, ${money(i.priceCents)}: ${i.description}${kitchen.isSoldOut(i.id) ? ' (sold out today)' : ''}.`,
        )
        .join(' ');
    },
  });
}
