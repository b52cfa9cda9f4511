// Decisions on a small broadband workflow with no support-desk wording: a short request on entry
// is routed, a device is inferred from one clear cue, and "Sam here" is an introduction.
import { llm } from '@livekit/agents';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow, SqliteOperatorQueue, WorkflowRuntime } from '../workflow/index.js';
import { describeKnownFacts } from '../workflow/text.js';
import { entryTag } from '../workflow/tool_meta.js';
import { DialoguePolicy } from './dialogue_policy.js';

const broadband = defineWorkflow({
  name: 'broadband',
  userData: z.object({ callerName: z.string().optional() }),
  start: 'front',
  agents: [
    {
      id: 'front',
      description: 'Front desk.',
      instructions: 'You are the front desk of Nimbus Broadband. Send the caller to the right desk.',
    },
    {
      id: 'repairs',
      description: 'Repairs.',
      instructions: 'You are the repair desk of Nimbus Broadband.',
      canEndCall: true,
      tools: {
        start_diagnosis: llm.tool({
          description: 'Start a remote diagnosis of a device.',
          parameters: z.object({
            device: z.string().describe('Which device: router (also for Wi-Fi), modem, TV box, phone.'),
            problem: z.string().describe('What is wrong, in the caller’s words.'),
          }),
          execute: async () => 'Diagnosis started.',
        }),
      },
      examples: { start_diagnosis: ['my router is not working', 'the picture keeps freezing'] },
    },
    { id: 'accounts', description: 'Money.', instructions: 'You are the accounts desk.', canEndCall: true },
  ],
  edges: [
    {
      from: 'front',
      to: 'repairs',
      when: 'Something is broken or not working: internet, TV, phone line or equipment.',
    },
    { from: 'front', to: 'accounts', when: 'Questions about invoices, payments, charges and refunds.' },
  ],
});

const agents = new Map<string, { tools: llm.ToolContext; instructions: string }>();
const policy = new DialoguePolicy({ now: () => new Date('2025-03-05T10:00:00') });

beforeAll(() => {
  const runtime = new WorkflowRuntime(broadband, { operatorQueue: new SqliteOperatorQueue(':memory:') });
  for (const id of ['front', 'repairs']) {
    const agent = runtime.buildAgent(id, { chatCtx: llm.ChatContext.empty() });
    agents.set(id, { tools: agent.toolCtx, instructions: String(agent.instructions) });
  }
});

function decide(agentId: string, said: string, entry?: string) {
  const agent = agents.get(agentId)!;
  const ctx = llm.ChatContext.empty();
  const facts = describeKnownFacts({ callerName: 'Sam' });
  ctx.addMessage({ role: 'system', content: `${agent.instructions}\n\n${facts}${entry ? `\n${entry}` : ''}` });
  ctx.addMessage({ role: 'user', content: said });
  return policy.decide(ctx, agent.tools);
}

describe('short requests on entry', () => {
  it('routes a short, clear request made before the agent took over', async () => {
    const d = await decide('front', 'I want a refund', `${entryTag('front', 'greeter')} Ask how you can help.`);
    expect(d.toolCalls.map((c) => c.name)).toEqual(['transfer_to_accounts']);
  });

  it('still asks when the caller only said who they are', async () => {
    const d = await decide('front', 'Sam here', `${entryTag('front', 'greeter')} Ask how you can help.`);
    expect(d.toolCalls).toEqual([]);
  });

  it('reads "Sam here, my bill is wrong" as a billing request, not a "no"', async () => {
    const d = await decide('front', 'Sam here, my bill is wrong');
    expect(d.toolCalls.map((c) => c.name)).toEqual(['transfer_to_accounts']);
  });
});

describe('devices from one clear cue', () => {
  it('takes the device from a word only one listed device has', async () => {
    const d = await decide('repairs', 'there is no sound on the tv');
    expect(d.toolCalls[0]).toMatchObject({ name: 'start_diagnosis', args: { device: 'TV box' } });
  });

  it('reads Wi-Fi as the router, as the description says', async () => {
    const d = await decide('repairs', 'the Wi-Fi keeps freezing');
    expect(d.toolCalls[0]).toMatchObject({ name: 'start_diagnosis', args: { device: 'router' } });
  });

  it('asks which device when nothing names one', async () => {
    const d = await decide('repairs', 'it is broken and will not start');
    expect(d.toolCalls).toEqual([]);
    expect(d.content).toMatch(/router, modem, TV box or phone/);
  });
});
