// Details volunteered before they are asked, and several tools from one sentence, on a made-up
// pet-boarding line: a form agent with two tools (the owner; the stay) and a membership check
// reached by a handoff that carries no history.
import { llm } from '@livekit/agents';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { entryTag } from '../../workflow/tool_meta.js';
import { defineWorkflow } from '../../workflow/index.js';
import { builtAgent } from '../fixtures/decide.js';
import { CallMemory } from '../context/call_memory.js';
import { readTurn } from '../conversation.js';
import { DialoguePolicy } from '../dialogue_policy.js';
import { LocalPolicyLLM } from '../local_policy_llm.js';

const NOW = new Date('2026-03-05T10:00:00');

const kennels = defineWorkflow({
  name: 'kennels',
  userData: z.object({ owner: z.string().optional() }),
  start: 'form',
  agents: [
    {
      id: 'form',
      description: 'Books a stay.',
      instructions: 'You book pets in for a stay.',
      onEnter: 'Ask for the owner name and a phone number.',
      tools: {
        save_owner: llm.tool({
          description: 'Save the owner on the booking.',
          parameters: z.object({
            owner_name: z.string().describe('First and last name of the owner.'),
            phone: z.string().optional().describe('Ten-digit phone number, if given.'),
          }),
          execute: async () => 'Saved the owner.',
        }),
        save_stay: llm.tool({
          description: 'Save which pet stays and when it arrives.',
          parameters: z.object({
            pet: z.enum(['dog', 'cat', 'rabbit']).describe('The kind of pet.'),
            arrival_date: z.string().describe('The day the pet arrives, YYYY-MM-DD.'),
            notes: z.string().describe('Anything the carers should know.'),
          }),
          execute: async () => 'Saved the stay.',
        }),
      },
    },
    {
      id: 'check',
      description: 'Checks the membership.',
      instructions: 'You check the membership before booking.',
      canEndCall: true,
      onEnter: 'Ask for the member number and the date of birth of the member.',
      tools: {
        verify_member: llm.tool({
          description: 'Check the membership.',
          parameters: z.object({
            member_number: z
              .string()
              .regex(/^PB-\d{5}$/)
              .describe('The member number, like PB-12345.'),
            date_of_birth: z.string().describe('The member’s date of birth, YYYY-MM-DD.'),
          }),
          execute: async () => 'Verified.',
        }),
      },
    },
  ],
  edges: [{ from: 'form', to: 'check', when: 'The booking form is complete.', history: 'none' }],
});

const tools = new Map<string, llm.ToolContext>();

beforeAll(() => {
  for (const id of ['form', 'check']) tools.set(id, builtAgent(kennels, id).toolCtx);
});

function formChat(...lines: string[]): llm.ChatContext {
  const ctx = llm.ChatContext.empty();
  ctx.addMessage({ role: 'system', content: 'You book pets in for a stay.' });
  ctx.addMessage({ role: 'assistant', content: 'Could I have your name and a phone number, please?' });
  for (const line of lines) ctx.addMessage({ role: 'user', content: line });
  return ctx;
}

/** The check agent just handed the call, with no history carried. */
function checkEntry(): llm.ChatContext {
  const ctx = llm.ChatContext.empty();
  ctx.addMessage({
    role: 'system',
    content: `You check the membership before booking.\n${entryTag('check', 'form')} Ask for the member number and the date of birth of the member.`,
  });
  return ctx;
}

describe('several tools from one sentence', () => {
  it('fills the owner and the stay from one breath and calls both', async () => {
    const policy = new DialoguePolicy({ now: () => NOW });
    const d = await policy.decide(
      formChat(
        'Ann Lee, nine seven eight five five five zero one four two, our dog arrives tomorrow and hates thunder',
      ),
      tools.get('form'),
    );
    expect(d.toolCalls.map((c) => c.name).sort()).toEqual(['save_owner', 'save_stay']);
    const stay = d.toolCalls.find((c) => c.name === 'save_stay')!;
    expect(stay.args).toMatchObject({ pet: 'dog', arrival_date: '2026-03-06' });
  });

  it('does not add a second tool for a detail the first call already uses', async () => {
    const policy = new DialoguePolicy({ now: () => NOW });
    const d = await policy.decide(
      formChat('Ann Lee, nine seven eight five five five zero one four two'),
      tools.get('form'),
    );
    expect(d.toolCalls.map((c) => c.name)).toEqual(['save_owner']);
  });
});

describe('details volunteered before they are asked', () => {
  it('acknowledges details for a later step and asks the open question instead of "didn\'t catch that"', async () => {
    const policy = new DialoguePolicy({ now: () => NOW });
    const d = await policy.decide(formChat('PB-12345, and I was born March 3rd 1980'), tools.get('form'));
    expect(d.toolCalls).toEqual([]);
    expect(d.content).toMatch(/^Thanks, I've noted that\. Could I have your name and a phone number/);
    expect(d.content).not.toMatch(/didn't catch/);
  });

  it('uses them when the next agent, handed the call without its history, needs them', async () => {
    const model = new LocalPolicyLLM({ now: () => NOW });
    await model.decide(formChat('PB-12345, and I was born March 3rd 1980'), tools.get('form'));
    const d = await model.decide(checkEntry(), tools.get('check'));
    expect(d.toolCalls).toEqual([
      { name: 'verify_member', args: { member_number: 'PB-12345', date_of_birth: '1980-03-03' } },
    ]);
    // Without the session's memory the same entry can only ask.
    const fresh = await new DialoguePolicy({ now: () => NOW }).decide(checkEntry(), tools.get('check'));
    expect(fresh.toolCalls).toEqual([]);
  });
});

describe('CallMemory', () => {
  it("hands a handed-over agent the caller's lines its chat does not hold, and forgets them at a new call", () => {
    const memory = new CallMemory();
    expect(memory.recall(readTurn(formChat('hello', 'member PB-12345')))).toEqual([]);
    expect(memory.recall(readTurn(checkEntry()))).toEqual(['hello', 'member PB-12345']);
    const newCall = llm.ChatContext.empty();
    newCall.addMessage({ role: 'system', content: `Hi.\n${entryTag('form')} Greet the caller.` });
    memory.recall(readTurn(newCall));
    expect(memory.recall(readTurn(checkEntry()))).toEqual([]);
  });
});

describe('a question about details left open', () => {
  it('does not hand the caller on when they answer a detail question with details for later', async () => {
    const policy = new DialoguePolicy({ now: () => NOW });
    const d = await policy.decide(formChat('my member number is PB-12345, born March 3rd 1980'), tools.get('form'));
    expect(d.toolCalls).toEqual([]);
    expect(d.content).toMatch(/^Thanks, I've noted that\./);
  });
});
