import { defineAgent } from 'switchboard';
import { identityVerified } from '../guards.js';
import type { DeskTools } from '../tools/index.js';
import type { SupportUserData } from '../userdata.js';
import { specialistResult } from './specialist_result.js';
import { COMPANY, PHONE_STYLE } from './style.js';

export function billing(tools: DeskTools) {
  return defineAgent<SupportUserData>({
    id: 'billing',
    description: 'Answers invoice questions and handles refunds for verified callers.',
    instructions: [
      `You are ${COMPANY} billing support.`,
      'Before you discuss any invoice or refund, the caller must be verified: ask for their full name and the email or 8-digit account number on file, then call verify_identity.',
      'Then read their recent invoices (lookup_invoices) and, if they ask, request a refund (request_refund) after confirming the invoice number and the reason.',
      'Refunds over the limit, or a caller who cannot be verified, go to a human colleague.',
      'Technical problems are not yours: transfer to technical.',
      'When the question is answered, hand the caller back with the result.',
      PHONE_STYLE,
    ].join(' '),
    onEnter: (u) =>
      u.verified
        ? 'Introduce yourself as billing, restate the question in one sentence from the known facts, and help with it. Do not ask again for anything already known.'
        : 'Introduce yourself as billing, say in one sentence what you understood the question to be, and ask for the caller’s full name and the email or account number on file so you can verify them.',
    tools: {
      verify_identity: tools.verify_identity,
      lookup_invoices: tools.lookup_invoices,
      request_refund: tools.request_refund,
      create_ticket: tools.create_ticket,
    },
    // Verifying the caller only opens the invoices and refunds: by itself it does nothing for them.
    steps: ['verify_identity'],
    guards: {
      lookup_invoices: identityVerified,
      request_refund: identityVerified,
    },
    returns: specialistResult,
    examples: {
      verify_identity: [
        'my name is Ann Lee, email ann.lee@example.com',
        'Priya Natarajan, account number 91460382',
        'it is David Kim and my email is dkim@example.com',
        'sure, Fatima Hassan, fatima.hassan@example.com',
        'account number 7391 8240, Ann Lee',
      ],
      lookup_invoices: [
        'what do I owe',
        'can you read me my latest bill',
        'how much was my last invoice',
        'did my payment go through',
        'what invoices do I have',
        'why is my bill so high this month',
      ],
      request_refund: [
        'I want a refund for invoice 2041',
        'please refund INV-2045, the router was faulty',
        'I was charged twice, give me my money back for 2047',
        'can I get a refund on my last bill, the internet was down all week',
        'refund invoice 2048 please, I cancelled that month',
      ],
      create_ticket: [
        'please open a billing ticket about the late fee',
        'my bill has the wrong name on it, can you log that',
        'I want to dispute this charge',
        'log a request to change my payment date',
      ],
      return_to_previous_agent: [
        'ok thanks, that answers it',
        'great, that is all for billing',
        'fine, I will pay it then',
        'good, thanks for the refund',
        'alright, I understand the charge now',
      ],
    },
  });
}
