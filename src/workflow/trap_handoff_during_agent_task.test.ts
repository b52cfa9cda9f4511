import { llm, voice } from '@livekit/agents';
import { expect, it } from 'vitest';
import { z } from 'zod';
import { startCall } from '../testing/index.js';
import { defineWorkflow, type WorkflowRuntime } from './index.js';

// An AgentTask collecting details hands the caller to another agent mid-task. Neither the
// session nor the tool that awaits the task may hang.
it('does not deadlock when a handoff happens while an AgentTask is running', async () => {
  // The task's tool needs the runtime, which is created after the workflow it belongs to.
  const late: { runtime?: Pick<WorkflowRuntime, 'buildAgent'> } = {};
  const taskOutcome: string[] = [];
  class DetailsTask extends voice.AgentTask<string> {
    constructor() {
      super({
        id: 'details',
        instructions: 'Collect the order details.',
        tools: {
          finish: llm.tool({ description: 'Details collected.', execute: async () => (this.complete('ok'), 'done') }),
          need_human: llm.tool({
            description: 'The caller wants a person.',
            execute: async () =>
              llm.handoff({
                agent: late.runtime!.buildAgent('human', { chatCtx: llm.ChatContext.empty(), from: 'details' }),
                returns: 'moving',
              }),
          }),
        },
      });
    }
    override async onEnter() {
      this.session.generateReply({ instructions: 'instructions:enter:details' });
    }
  }
  const wf = defineWorkflow({
    name: 'task-trap',
    userData: z.object({}),
    start: 'desk',
    agents: [
      {
        id: 'desk',
        description: 'front desk',
        instructions: 'You take orders.',
        tools: {
          collect_details: llm.tool({
            description: 'Collect order details.',
            execute: async () => {
              try {
                return `collected ${await new DetailsTask().run()}`;
              } catch (error) {
                taskOutcome.push((error as Error).message);
                throw error;
              }
            },
          }),
        },
      },
      { id: 'human', description: 'human', instructions: 'You bring in a human.', human: true },
    ],
    edges: [],
    escalation: { agent: 'human', when: 'caller wants a person' },
  });
  const call = await startCall(
    wf,
    [
      { input: 'take my order', toolCalls: [{ name: 'collect_details', args: {} }] },
      { input: 'instructions:enter:details', content: 'What would you like?' },
      { input: 'get me a person', toolCalls: [{ name: 'need_human', args: {} }] },
      { input: 'instructions:enter:human', content: 'I will get a colleague.' },
    ],
    { beforeStart: ({ runtime }) => void (late.runtime = runtime) },
  );
  const session = call.session;
  await call.say('take my order');
  expect(session.currentAgent.id).toBe('details');

  const r = await call.say('get me a person');
  r.expect.containsAgentHandoff();
  r.expect.containsMessage({ role: 'assistant' });
  expect(session.currentAgent.id).toBe('human');
  await expect.poll(() => taskOutcome).toEqual(['The caller was transferred to human before details finished.']);
  // The session still takes turns and closes cleanly.
  await call.close();
});
