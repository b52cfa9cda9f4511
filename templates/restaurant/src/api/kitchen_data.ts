// The demo menu. Replace Kitchen with your point-of-sale and payment APIs.
import type { MenuItem } from './kitchen.js';

export const MENU: MenuItem[] = [
  {
    id: 'margherita',
    name: 'Margherita pizza',
    aliases: ['margherita', 'margarita', 'cheese pizza'],
    priceCents: 1400,
    description: 'tomato, fior di latte and basil',
    tags: ['pizza', 'vegetarian'],
  },
  {
    id: 'diavola',
    name: 'Diavola pizza',
    aliases: ['diavola', 'pepperoni', 'spicy pizza'],
    priceCents: 1650,
    description: 'tomato, mozzarella and spicy salami',
    tags: ['pizza', 'spicy'],
  },
  {
    id: 'funghi',
    name: 'Funghi pizza',
    aliases: ['funghi', 'mushroom pizza', 'mushroom'],
    priceCents: 1550,
    description: 'mushrooms, mozzarella and thyme on a white base',
    tags: ['pizza', 'vegetarian'],
  },
  {
    id: 'carbonara',
    name: 'Spaghetti carbonara',
    aliases: ['carbonara', 'spaghetti'],
    priceCents: 1700,
    description: 'egg, pecorino, guanciale and black pepper',
    tags: ['pasta'],
  },
  {
    id: 'arrabbiata',
    name: 'Penne arrabbiata',
    aliases: ['arrabbiata', 'penne'],
    priceCents: 1500,
    description: 'tomato, garlic and chili',
    tags: ['pasta', 'vegan', 'vegetarian', 'spicy'],
  },
  {
    id: 'caesar',
    name: 'Caesar salad',
    aliases: ['caesar', 'salad'],
    priceCents: 1100,
    description: 'romaine, parmesan, croutons and anchovy dressing',
    tags: ['salad'],
  },
  {
    id: 'tiramisu',
    name: 'Tiramisu',
    aliases: ['tiramisu', 'dessert'],
    priceCents: 850,
    description: 'mascarpone, espresso and cocoa',
    tags: ['dessert', 'vegetarian'],
  },
  {
    id: 'gelato',
    name: 'Pistachio gelato',
    aliases: ['gelato', 'ice cream', 'pistachio'],
    priceCents: 700,
    description: 'made in house; contains nuts',
    tags: ['dessert', 'vegetarian', 'gluten free', 'nuts'],
  },
];

/** Items the kitchen has run out of today. */
export const SOLD_OUT = ['tiramisu'];
