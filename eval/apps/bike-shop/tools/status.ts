import { llm } from '@livekit/agents';
import { money, sameFullName } from 'switchboard/spoken';
import { z } from 'zod';
import { spokenDayFrom, spokenSlot, type Shop } from '../api/shop.js';
import { SERVICE_MENU, type RepairTicket } from '../api/shop_data.js';
import type { BikeShopUserData } from '../userdata.js';

const NUMBER_WORDS: Record<string, string> = {
  zero: '0',
  oh: '0',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
};

/** "sc 4821", "SC4821", "s c dash four eight two one" or just "4821" → "SC-4821". */
export function normalizeTicket(said: string): string | undefined {
  const words = said
    .toLowerCase()
    .split(/[\s-]+/)
    .map((w) => NUMBER_WORDS[w] ?? w)
    .join(' ');
  const digits = /(\d[\d ]{2,}\d)/.exec(words)?.[1]?.replace(/\s/g, '');
  if (!digits || digits.length !== 4) return undefined;
  return `SC-${digits}`;
}

function ticketOrRefuse(shop: Shop, said: string): RepairTicket {
  const id = normalizeTicket(said);
  if (!id)
    throw new llm.ToolError(
      `"${said}" is not a ticket number. Ask the caller to read it from their receipt or text message; it looks like SC-4821.`,
    );
  const ticket = shop.ticket(id);
  if (!ticket)
    throw new llm.ToolError(
      `There is no repair ticket ${id}. Ask the caller to check the number on their receipt; it looks like SC-4821.`,
    );
  return ticket;
}

export function checkRepairStatusTool(shop: Shop) {
  return llm.tool({
    description:
      'Look up a bike that is booked in or already in the workshop, by its repair ticket number: where the repair is, when it will be ready and what is due at pickup.',
    parameters: z.object({
      ticket_id: z.string().describe('The repair ticket number from the receipt or text message, like "SC-4821".'),
    }),
    execute: async ({ ticket_id }, { ctx }: llm.ToolOptions<BikeShopUserData>) => {
      const t = ticketOrRefuse(shop, ticket_id);
      ctx.userData.ticketId = t.id;
      const now = shop.now();
      const work = SERVICE_MENU[t.service].label;
      const due = money(t.balanceCents, { dropZeroCents: true });
      const ready = spokenDayFrom(now, t.readyInDays);
      switch (t.status) {
        case 'booked':
          return `Ticket ${t.id} is booked: ${work} for the ${t.bike}, drop-off ${spokenSlot(t.dropoffAt!)}. It is not in the workshop yet.`;
        case 'in_progress':
          return `The ${t.bike} on ticket ${t.id} is on the stand now for its ${work}. It should be ready ${ready}; ${due} will be due at pickup.`;
        case 'waiting_for_parts':
          return `The ${t.bike} on ticket ${t.id} is waiting for parts: ${t.note ?? 'a part is on order'}. We expect it ready ${ready} and will text when it is; ${due} will be due at pickup.`;
        case 'awaiting_approval':
          return `The mechanic working on the ${t.bike}, ticket ${t.id}, found that ${t.extraWork!.description}. That adds ${money(t.extraWork!.cents, { dropZeroCents: true })}. The work is paused until the owner says yes or no: ask the caller whether to go ahead.`;
        case 'ready':
          return `Good news: the ${t.bike} on ticket ${t.id} is ready for pickup. ${due} is due when you collect it.`;
        case 'collected':
          return `The ${t.bike} on ticket ${t.id} was collected ${ready}; nothing is owed. If the same problem came back, our 30-day labour guarantee covers it.`;
      }
    },
  });
}

export function approveExtraWorkTool(shop: Shop) {
  return llm.tool({
    description:
      'Record the bike owner’s yes or no to extra work the mechanic found on their ticket. Only the person named on the ticket can decide.',
    parameters: z.object({
      ticket_id: z.string().describe('The repair ticket number, like "SC-4821".'),
      decision: z
        .enum(['approve', 'decline'])
        .describe('approve (yes, go ahead, do it) or decline (no, leave it, just the original job).'),
      customer_name: z.string().describe('The full name of the person the ticket is under, as the caller says it.'),
    }),
    execute: async ({ ticket_id, decision, customer_name }, { ctx }: llm.ToolOptions<BikeShopUserData>) => {
      const t = ticketOrRefuse(shop, ticket_id);
      if (t.status !== 'awaiting_approval' || !t.extraWork)
        throw new llm.ToolError(
          `Ticket ${t.id} has no extra work waiting for a decision. Tell the caller nothing needs approving.`,
        );
      if (!sameFullName(customer_name, t.customerName))
        throw new llm.ToolError(
          'Only the person the ticket is under can approve or decline extra work, and that name does not match. Ask for the full name on the ticket, or offer a mechanic.',
        );
      ctx.userData.ticketId = t.id;
      const extra = money(t.extraWork.cents, { dropZeroCents: true });
      const updated = shop.decideExtraWork(t.id, decision === 'approve');
      const due = money(updated.balanceCents, { dropZeroCents: true });
      const ready = spokenDayFrom(shop.now(), updated.readyInDays);
      return decision === 'approve'
        ? `Approved: the mechanic will do the extra work for ${extra}. The bike should be ready ${ready}, and ${due} will be due at pickup.`
        : `Noted: no extra work. The mechanic finishes the original job; it should be ready ${ready}, with ${due} due at pickup.`;
    },
  });
}
