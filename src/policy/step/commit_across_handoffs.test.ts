// The committing step when the caller asked for it before the read-back, on a made-up library
// desk: a form agent hands the call (without its history) to a reviewer that reads the request back
// on entry and lodges it. "yes, lodge it" said to the form agent, or a goodbye to the read-back
// from a caller who called to have it lodged, lodges it; a goodbye alone, or after holding it back,
// does not.
import { llm } from '@livekit/agents';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { entryTag } from '../../workflow/tool_meta.js';
import { defineWorkflow } from '../../workflow/index.js';
import { builtAgent } from '../fixtures/decide.js';
import { LocalPolicyLLM } from '../local_policy_llm.js';

const NOW = new Date('2026-03-05T10:00:00');
const READ_BACK = 'A hold on "The Long Way" for Ann Lee. Is everything right?';

const library = defineWorkflow({
  name: 'library',
  userData: z.object({}),
  start: 'desk',
  agents: [
    {
      id: 'desk',
      description: 'Takes the book request.',
      instructions: 'You take the book request.',
      tools: {
        save_request: llm.tool({
          description: 'Save the book the member wants held.',
          parameters: z.object({ title: z.string().describe('The title of the book.') }),
          execute: async () => 'Saved.',
        }),
      },
    },
    {
      id: 'review',
      description: 'Reads the request back and lodges it.',
      instructions: 'You read the request back (review_request) and lodge it once the member confirms.',
      onEnter: 'Read the request back with review_request.',
      canEndCall: true,
      tools: {
        review_request: llm.tool({
          description: 'Read the book request back to the member before lodging it.',
          parameters: z.object({}),
          execute: async () => READ_BACK,
        }),
        lodge_request: llm.tool({
          description: 'Lodge the book request, once the member has confirmed it.',
          parameters: z.object({}),
          execute: async () => 'Lodged as BK-7.',
        }),
      },
    },
  ],
  edges: [{ from: 'desk', to: 'review', when: 'The request is saved.', history: 'none' }],
});

const tools = new Map<string, llm.ToolContext>();
beforeAll(() => {
  for (const id of ['desk', 'review']) tools.set(id, builtAgent(library, id).toolCtx);
});

function deskChat(...lines: string[]): llm.ChatContext {
  const ctx = llm.ChatContext.empty();
  ctx.addMessage({ role: 'system', content: `You take the book request.\n${entryTag('desk')} Greet the member.` });
  ctx.addMessage({ role: 'assistant', content: 'Which book would you like held?' });
  for (const line of lines) ctx.addMessage({ role: 'user', content: line });
  return ctx;
}

/** The reviewer, handed the call with no history, after its read-back (and what the caller said to it). */
function reviewChat(...lines: string[]): llm.ChatContext {
  const ctx = llm.ChatContext.empty();
  // The entry direction is there for the agent's first turn only.
  const entry = lines.length ? '' : `\n${entryTag('review', 'desk')} Read the request back with review_request.`;
  ctx.addMessage({ role: 'system', content: `You read the request back and lodge it.${entry}` });
  ctx.insert(llm.FunctionCall.create({ callId: 'r1', name: 'review_request', args: '{}' }));
  ctx.insert(
    llm.FunctionCallOutput.create({ callId: 'r1', name: 'review_request', output: READ_BACK, isError: false }),
  );
  if (lines.length) ctx.addMessage({ role: 'assistant', content: READ_BACK });
  for (const line of lines) ctx.addMessage({ role: 'user', content: line });
  return ctx;
}

const called = async (model: LocalPolicyLLM, ctx: llm.ChatContext, agent: string) =>
  (await model.decide(ctx, tools.get(agent))).toolCalls.map((c) => c.name);

describe('a commit asked for before the read-back', () => {
  it('lodges right after the read-back when the caller said "yes, lodge it" to the agent before', async () => {
    const model = new LocalPolicyLLM({ now: () => NOW });
    await model.decide(deskChat('The Long Way please. yes, lodge it'), tools.get('desk'));
    expect(await called(model, reviewChat(), 'review')).toEqual(['lodge_request']);
  });

  it('only reads back when nothing was asked before', async () => {
    const model = new LocalPolicyLLM({ now: () => NOW });
    await model.decide(deskChat('The Long Way please'), tools.get('desk'));
    expect(await called(model, reviewChat(), 'review')).toEqual([]);
  });
});

describe('a goodbye to the read-back', () => {
  it('lodges first when the caller called to have it lodged, then ends the call', async () => {
    const model = new LocalPolicyLLM({ now: () => NOW });
    await model.decide(deskChat('I want The Long Way held and the request lodged'), tools.get('desk'));
    expect(await called(model, reviewChat('that is all, thank you very much. Bye'), 'review')).toEqual([
      'lodge_request',
    ]);
  });

  it('only ends the call when the caller never asked for it, or held it back', async () => {
    const plain = new LocalPolicyLLM({ now: () => NOW });
    await plain.decide(deskChat('The Long Way please'), tools.get('desk'));
    expect(await called(plain, reviewChat('thanks, bye'), 'review')).toEqual(['end_call']);
    const held = new LocalPolicyLLM({ now: () => NOW });
    await held.decide(deskChat('I want The Long Way lodged'), tools.get('desk'));
    await held.decide(deskChat('I want The Long Way lodged', "hold on, don't lodge it yet"), tools.get('desk'));
    expect(await called(held, reviewChat('thanks, bye'), 'review')).toEqual(['end_call']);
  });
});
