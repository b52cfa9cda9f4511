// The pharmacist's quick answers: can two medicines be taken together (a small interaction table),
// and over-the-counter products in stock with their label dose. General information only.
import { llm } from '@livekit/agents';
import { money } from 'switchboard/spoken';
import { z } from 'zod';
import { INTERACTIONS, MEDICINE_NAMES } from '../api/pharmacy_data.js';
import type { PharmacyStore } from '../api/pharmacy_store.js';

const KNOWN = Object.keys(MEDICINE_NAMES).join(', ');

/** The medicines of the table named in what was said ("Advil" → ibuprofen), in the order said. */
export function medicinesIn(said: string): string[] {
  const text = said.trim().toLowerCase();
  const found: { id: string; at: number }[] = [];
  for (const [id, names] of Object.entries(MEDICINE_NAMES)) {
    const at = Math.min(
      ...names.map((n) => {
        const m = new RegExp(`\\b${n}\\b`).exec(text);
        return m ? m.index : Infinity;
      }),
    );
    if (at < Infinity) found.push({ id, at });
  }
  return found.sort((x, y) => x.at - y.at).map((f) => f.id);
}

const LEVEL_WORDS = {
  avoid: 'should not be taken together',
  caution: 'can be taken together only with care',
  space_apart: 'can be taken, but spaced apart',
  ok: 'can be taken together',
} as const;

export function checkInteractionTool() {
  return llm.tool({
    description:
      'Check whether two medicines may be taken together, from the pharmacy’s interaction table. Accepts brand names (Advil, Tylenol, Tums).',
    parameters: z.object({
      medicine_a: z.string().describe('The first medicine, as the caller said it.'),
      medicine_b: z.string().describe('The second medicine, as the caller said it.'),
    }),
    execute: async ({ medicine_a, medicine_b }) => {
      // A model may put both medicines in one argument ("Advil with my lisinopril"): read both.
      const inA = medicinesIn(medicine_a);
      const inB = medicinesIn(medicine_b);
      const named = [...new Set([...inA, ...inB])];
      if (named.length > 2)
        throw new llm.ToolError(
          `That names ${named.length} medicines (${named.join(', ')}). Ask which two they want to take together; check them two at a time.`,
        );
      if (named.length === 1 && inA.length > 0 && inB.length > 0)
        throw new llm.ToolError(
          `Both are ${named[0]}. Taking the same medicine twice means a double dose: ask whether they meant two different medicines.`,
        );
      const [a, b] = named;
      if (!a || !b)
        throw new llm.ToolError(
          `"${inA.length === 0 ? medicine_a : medicine_b}" is not in our interaction table (it covers ${KNOWN}). Do not guess: offer a call back from the pharmacist in charge, or ask them to check with their doctor.`,
        );
      const found = INTERACTIONS.find((i) => i.pair.includes(a) && i.pair.includes(b));
      const general = 'This is general information; their doctor knows their full history.';
      if (!found) return `No interaction between ${a} and ${b} is listed. Take each as directed. ${general}`;
      return `${a[0]!.toUpperCase()}${a.slice(1)} and ${b} ${LEVEL_WORDS[found.level]}. ${found.advice} ${general}`;
    },
  });
}

export function otcProductTool(store: PharmacyStore) {
  return llm.tool({
    description:
      'Look up an over-the-counter product: whether it is in stock, its price, and the adult dose on the label.',
    parameters: z.object({
      product: z.string().describe('The product as the caller said it: "Tylenol", "ibuprofen", "Claritin", "Tums".'),
    }),
    execute: async ({ product }) => {
      if (!product.trim()) throw new llm.ToolError('Ask which product they are looking for.');
      const item = store.stockItem(product);
      if (!item)
        throw new llm.ToolError(
          `We do not carry "${product}" in our list of counter products. Say so, and offer to check with the pharmacist in charge for an alternative.`,
        );
      const dose = `The label says: ${item.labelDose}.`;
      if (item.inStock === 0)
        return `${item.name} is out of stock; more arrives in ${item.restockDays ?? 'a few'} days. ${dose}`;
      return `${item.name} is in stock (${item.inStock} on the shelf) at ${money(item.priceCents)}. ${dose}`;
    },
  });
}
