import { initializeLogger, llm, voice } from '@livekit/agents';
import { z } from 'zod';
import { defineWorkflow, WorkflowRuntime, SqliteOperatorQueue } from '../workflow/index.js';
import { WorkflowFakeLLM } from '../testing/workflow_fake_llm.js';
initializeLogger({ pretty: false, level: 'warn' });
const UD = z.object({ name: z.string().optional(), verified: z.boolean().default(false) });
const wf = defineWorkflow({
  name: 'mini', userData: UD, start: 'greeter',
  agents: [
    { id: 'greeter', description: 'greets', instructions: 'You greet.', tools: { ping: llm.tool({ description: 'ping', execute: async () => 'pong' }) } },
    { id: 'billing', description: 'billing', instructions: 'billing', canEndCall: true },
  ],
  edges: [{ from: 'greeter', to: 'billing', when: 'billing question', carries: z.object({ name: z.string() }) }],
});
const rt = new WorkflowRuntime(wf, { operatorQueue: new SqliteOperatorQueue(':memory:') });
const fake = new WorkflowFakeLLM([
  { input: 'instructions:enter:greeter', content: 'Hi, how can I help?' },
  { input: 'billing please', toolCalls: [{ name: 'ping', args: {} }, { name: 'transfer_to_billing', args: { name: 'Ann' } }] },
  { input: 'instructions:enter:billing', content: 'Billing here' },
  { input: 'bye', content: 'Goodbye', toolCalls: [{ name: 'end_call', args: {} }] },
]);
const session = new voice.AgentSession({ llm: fake, userData: rt.createUserData() });
for (const t of Object.values(voice.AgentSessionEventTypes)) {
  session.on(t as any, (e: any) => console.log('S', t, JSON.stringify(e, (k, v) => (k === 'speechHandle' ? undefined : v)).slice(0, 250)));
}
await rt.start(session);
for (const u of ['billing please', 'bye']) await session.run({ userInput: u }).wait();
await new Promise((r) => setTimeout(r, 500));
console.log('outcome', rt.outcome);
await session.close();
