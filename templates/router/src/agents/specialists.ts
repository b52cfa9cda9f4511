// The four teams the router calls. Each returns { resolved, summary } when it is done.
import { defineAgent } from 'switchboard';
import { z } from 'zod';
import type { NimbusApi } from '../api/nimbus.js';
import { accountBalanceTool } from '../tools/billing.js';
import { companyFaqTool } from '../tools/faq.js';
import { planPriceTool } from '../tools/pricing.js';
import { serviceStatusTool } from '../tools/status.js';
import type { RouterUserData } from '../userdata.js';
import { HAND_BACK, PHONE_STYLE } from './style.js';

/** What every specialist hands back to the router. */
export const Outcome = z.object({
  resolved: z.boolean().describe('True when the caller’s question was answered.'),
  summary: z.string().describe('One sentence on what was found or done.'),
});

const handBackExamples = ['that answers it, thanks', 'ok, that is all I needed', 'got it, thank you'];

export function technical(api: NimbusApi) {
  return defineAgent<RouterUserData>({
    id: 'technical',
    description: 'Checks service status and helps with outages and errors.',
    instructions: `You are technical support. Ask which service is affected and check its status before anything else. ${HAND_BACK} ${PHONE_STYLE}`,
    onEnter: 'Ask which service is giving the caller trouble: the API, the dashboard, databases, storage or email.',
    tools: { service_status: serviceStatusTool(api) },
    returns: Outcome,
    examples: {
      service_status: [
        'the database is really slow',
        'is the dashboard down',
        'the API returns errors',
        'is storage working',
      ],
      return_to_previous_agent: handBackExamples,
    },
  });
}

export function billing(api: NimbusApi) {
  return defineAgent<RouterUserData>({
    id: 'billing',
    description: 'Answers balance and invoice questions for an account.',
    instructions: `You are billing. Ask for the account id (it looks like NC-1234) and look up the balance. ${HAND_BACK} ${PHONE_STYLE}`,
    onEnter: 'Ask for the account id, which is at the top of every invoice.',
    tools: { account_balance: accountBalanceTool(api) },
    returns: Outcome,
    examples: {
      account_balance: ['my account is NC-1042', 'it is NC-2210', 'what do I owe on NC-1042'],
      return_to_previous_agent: handBackExamples,
    },
  });
}

export function sales(api: NimbusApi) {
  return defineAgent<RouterUserData>({
    id: 'sales',
    description: 'Explains plans and prices.',
    instructions: `You are sales. Explain the Starter, Team and Enterprise plans using the plan_price tool, and suggest the smallest plan that fits. ${HAND_BACK} ${PHONE_STYLE}`,
    onEnter: 'Ask which plan the caller would like to hear about: Starter, Team or Enterprise.',
    tools: { plan_price: planPriceTool(api) },
    returns: Outcome,
    examples: {
      plan_price: ['how much is the team plan', 'what does starter cost', 'tell me about enterprise'],
      return_to_previous_agent: handBackExamples,
    },
  });
}

export function general(api: NimbusApi) {
  return defineAgent<RouterUserData>({
    id: 'general',
    description: 'Answers general questions about the company.',
    instructions: `You answer general questions about the company using company_faq. ${HAND_BACK} ${PHONE_STYLE}`,
    onEnter: 'Ask what the caller would like to know.',
    tools: { company_faq: companyFaqTool(api) },
    returns: Outcome,
    examples: {
      company_faq: ['what are your opening hours', 'where is your office', 'are you hiring', 'where is my data stored'],
      return_to_previous_agent: handBackExamples,
    },
  });
}
