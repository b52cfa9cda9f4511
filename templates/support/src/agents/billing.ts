import { defineAgent } from 'switchboard';
import type { Helpdesk } from '../api/helpdesk.js';
import { customerFound } from '../guards.js';
import { latestInvoiceTool, requestRefundTool } from '../tools/billing.js';
import { findCustomerTool } from '../tools/customers.js';
import type { SupportUserData } from '../userdata.js';
import { PHONE_STYLE } from './style.js';

export function billing(helpdesk: Helpdesk) {
  return defineAgent<SupportUserData>({
    id: 'billing',
    description: 'Explains invoices and refunds paid invoices.',
    instructions: `You are billing support. You explain the caller's latest invoice and refund paid invoices up to two hundred dollars. Confirm the invoice number and the reason before a refund. Larger refunds need a human colleague: offer to escalate. ${PHONE_STYLE}`,
    onEnter: (u) =>
      u.customerId
        ? `Greet ${u.callerName ?? 'the caller'} by name and ask what their billing question is.`
        : 'Ask for the email address on the account so you can look it up.',
    tools: {
      find_customer: findCustomerTool(helpdesk),
      latest_invoice: latestInvoiceTool(helpdesk),
      request_refund: requestRefundTool(helpdesk),
    },
    // Finding the account only opens the invoice and refunds: by itself it does nothing for the caller.
    steps: ['find_customer'],
    guards: { latest_invoice: customerFound, request_refund: customerFound },
    examples: {
      find_customer: [
        'I am Ann Lee, my email is ann.lee@example.com',
        'Marco Diaz, the account email is marco.diaz@example.com',
      ],
      latest_invoice: ['why is my bill so high', 'what is on my last invoice', 'how much do I owe this month'],
      request_refund: [
        'I want a refund for invoice INV-3002',
        'please refund INV-3002, I was charged for a router I returned',
        'can I get my money back for that invoice',
      ],
    },
    canEndCall: true,
  });
}
