// "How much would a tune-up be for two kids' bikes?": what something costs is asked of the one
// desk or tool whose own words are about prices (a quotes desk, a price list), not of a desk the
// thing's name leans to (repair status) nor of a question tool that knows no prices. Any app.
import { AMOUNT_OWED, PRICE_ASKED } from '../lexicon/index.js';
import type { ToolInfo } from '../tool_catalog.js';
import { deskWords, meaningWords } from './meaning_route.js';

// "price", as desks' words are read.
const PRICE = [...meaningWords('price')][0]!;

const candidate = (t: ToolInfo) =>
  t.kind === 'business' || ((t.kind === 'handoff' || t.kind === 'call') && t.ready?.() !== false);

/**
 * The one tool or transfer among `tools` whose description, `when` text or examples name prices,
 * for a line that asks what something costs ("how much is left on my bill" is what is owed, not a price).
 */
export function priceDesk(text: string, tools: readonly ToolInfo[]): ToolInfo | undefined {
  if (!PRICE_ASKED.test(text) || AMOUNT_OWED.test(text)) return undefined;
  const desks = tools.filter(candidate);
  const pricing = desks.filter((t) => deskWords(t).has(PRICE));
  if (pricing.length === 1) return pricing[0];
  // Several name prices (a quote, extras "priced per day" on a booking, a desk for charges on a
  // booking): a price asked cold is quoted by the one tool here that needs no existing record.
  const quotes = pricing.filter((t) => t.kind === 'business' && !t.params.some((p) => p.kind === 'identifier'));
  return quotes.length === 1 ? quotes[0] : undefined;
}
