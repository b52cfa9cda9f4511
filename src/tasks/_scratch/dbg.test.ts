import { llm, voice } from '@livekit/agents';
import { it } from 'vitest';
import { getEmail } from '../kinds.js';
it('dbg', async () => {
  const agent = new voice.Agent({ instructions: 'x', tools: { reg: llm.tool({ description: 'r', execute: async () => { const r = await getEmail().run(); console.log('TASK DONE', r); return JSON.stringify(r); } }) } });
  const session = new voice.AgentSession({ llm: new voice.testing.FakeLLM([{ input: 'go', toolCalls: [{ name: 'reg', args: {} }] }, { input: 'jane@example.com', toolCalls: [{ name: 'record_email', args: { email: 'jane@example.com' } }] }]) });
  await session.start({ agent });
  const r = await session.run({ userInput: 'go' }).wait();
  console.log('R1 done');
  const r2 = await session.run({ userInput: 'jane@example.com' }).wait();
  console.log('R2', JSON.stringify(r2.events.map((e) => [e.type, (e.item as any).textContent ?? (e.item as any).name])));
  const h = session.run({ userInput: 'yes' });
  setTimeout(() => console.log('HIST', JSON.stringify(session.history.items.map((i: any) => [i.type, i.role, i.textContent ?? i.name ?? i.output]))), 3000);
  const r3 = await h.wait();
  console.log('R3', JSON.stringify(r3.events.map((e) => [e.type, (e.item as any).textContent ?? (e.item as any).name])));
  await session.close();
}, 10000);
