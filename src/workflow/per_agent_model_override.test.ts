import { llm } from '@livekit/agents';
import { expect, it, vi } from 'vitest';
import { z } from 'zod';
import { startCall, WorkflowFakeLLM } from '../testing/index.js';
import { defineWorkflow } from './declaration.js';
import { SqliteOperatorQueue } from './escalation/operator_queue.js';
import { WorkflowRuntime } from './runtime.js';

it('runs an agent on its own LLM override while the others use the session model', async () => {
  const specialistModel = new WorkflowFakeLLM([
    { input: 'instructions:enter:expert', content: 'Expert model speaking.' },
  ]);
  const factoryCalls: string[] = [];
  const wf = defineWorkflow({
    name: 'overrides',
    userData: z.object({}),
    start: 'front',
    agents: [
      { id: 'front', description: 'front desk', instructions: 'You route.', canEndCall: true },
      {
        id: 'expert',
        description: 'expert',
        instructions: 'You are the expert.',
        canEndCall: true,
        // A factory runs per agent instance, so a session never shares a stateful client by accident.
        llm: () => (factoryCalls.push('llm'), specialistModel),
      },
    ],
    edges: [{ from: 'front', to: 'expert', when: 'hard question' }],
  });
  const call = await startCall(wf, [
    { input: 'instructions:enter:front', content: 'Front desk here.' },
    { input: 'a hard one', toolCalls: [{ name: 'transfer_to_expert', args: {} }] },
    { input: 'instructions:enter:expert', content: 'Session model speaking (wrong).' },
  ]);
  const session = call.session;
  expect(session.currentAgent.llm).toBeUndefined();
  const r = await call.say('a hard one');
  const reply = r.expect.nextEvent({ type: 'message' }).isMessage({ role: 'assistant' }).event()
    .item as llm.ChatMessage;
  expect(reply.textContent).toBe('Expert model speaking.');
  expect(session.currentAgent.llm).toBe(specialistModel);
  expect(factoryCalls).toEqual(['llm']);
  await call.close();
});

it('passes STT/TTS overrides (instances or LiveKit inference strings) to the agent it builds', () => {
  // Inference models read LiveKit credentials when built; no request is made here.
  vi.stubEnv('LIVEKIT_API_KEY', 'test-key');
  vi.stubEnv('LIVEKIT_API_SECRET', 'test-secret');
  const wf = defineWorkflow({
    name: 'tts-override',
    userData: z.object({}),
    start: 'front',
    agents: [
      {
        id: 'front',
        description: 'front',
        instructions: 'x',
        canEndCall: true,
        tts: 'cartesia/sonic-2',
        stt: 'deepgram/nova-3',
      },
    ],
    edges: [],
  });
  const agent = new WorkflowRuntime(wf, { operatorQueue: new SqliteOperatorQueue(':memory:') }).buildAgent('front', {
    chatCtx: llm.ChatContext.empty(),
  });
  expect(agent.tts?.model).toMatch(/sonic-2/);
  expect(agent.stt?.model).toMatch(/nova-3/);
  vi.unstubAllEnvs();
});
