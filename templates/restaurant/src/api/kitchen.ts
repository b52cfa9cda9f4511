// A mock of the restaurant's point of sale and payment provider, in memory so the project runs offline.
import { MENU, SOLD_OUT } from './kitchen_data.js';

export interface MenuItem {
  id: string;
  name: string;
  aliases: string[];
  priceCents: number;
  description: string;
  tags: string[];
}

export interface PlacedOrder {
  number: string;
  name: string;
  lines: { itemId: string; quantity: number }[];
  totalCents: number;
  readyAt: Date;
}

/** Minutes from order to pickup. */
export const PREP_MINUTES = 25;

function words(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/[^a-z ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()} `;
}

/** "pizzas desserts" → "pizza dessert", so plurals match tags. */
function singular(text: string): string {
  return text.replace(/\b([a-z]{3,})s\b/g, '$1');
}

export class Kitchen {
  private readonly soldOut: Set<string>;
  readonly orders: PlacedOrder[] = [];
  readonly paymentLinks: { phone: string; amountCents: number }[] = [];
  readonly now: () => Date;

  constructor(options: { soldOut?: string[]; now?: () => Date } = {}) {
    this.soldOut = new Set(options.soldOut ?? SOLD_OUT);
    this.now = options.now ?? (() => new Date());
  }

  get menu(): readonly MenuItem[] {
    return MENU;
  }

  item(id: string): MenuItem | undefined {
    return MENU.find((i) => i.id === id);
  }

  /** The menu item a caller means: by name or alias, longest match first ("mushroom pizza" before "pizza"). */
  find(said: string): MenuItem | undefined {
    const text = words(said);
    let best: { item: MenuItem; length: number } | undefined;
    for (const item of MENU) {
      for (const name of [item.name, ...item.aliases]) {
        if (text.includes(words(name)) && (!best || name.length > best.length)) best = { item, length: name.length };
      }
    }
    return best?.item;
  }

  /** Items matching the query by name or alias, else by tag ("vegan", "pizzas", "desserts"). */
  search(query: string): MenuItem[] {
    const exact = this.find(query);
    if (exact) return [exact];
    const text = singular(words(query));
    return MENU.filter((item) => item.tags.some((tag) => text.includes(singular(words(tag)))));
  }

  isSoldOut(itemId: string): boolean {
    return this.soldOut.has(itemId);
  }

  /** Text a secure payment link; the demo provider reports it paid straight away. */
  sendPaymentLink(phone: string, amountCents: number): { paid: boolean } {
    this.paymentLinks.push({ phone, amountCents });
    return { paid: true };
  }

  place(order: Omit<PlacedOrder, 'number' | 'readyAt'>): PlacedOrder {
    const placed = {
      ...order,
      number: String(101 + this.orders.length),
      readyAt: new Date(this.now().getTime() + PREP_MINUTES * 60_000),
    };
    this.orders.push(placed);
    return placed;
  }
}
