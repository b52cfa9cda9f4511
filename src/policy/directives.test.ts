// The contract between the workflow runtime and the offline policy, on a small bike workshop app
// (no other app's names): goodbyes, the instruction's "you", onward transfers the runtime says are
// open, and a caller queued for a person only once.
import { llm } from '@livekit/agents';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow, SqliteOperatorQueue, WorkflowRuntime } from '../workflow/index.js';
import { asksFor, isGoodbye } from './cues.js';
import { DialoguePolicy } from './dialogue_policy.js';
import { directions } from './entry_script.js';
import { agentToFirstPerson, questionFromAsk, toSecondPerson } from './render/for_caller.js';
import { speakToolOutput } from './speakable.js';
import { transferCompletedBy } from './step/completion.js';
import { RUNTIME_DIRECTIVES, type RuntimeDirective } from '../workflow/directives.js';
import type { ToolInfo } from './tool_catalog.js';

describe('goodbyes', () => {
  it('takes a farewell as the last words of a turn as the end of the call', () => {
    expect(isGoodbye('right, the wheel is fixed then. cheers, bye')).toBe(true);
    expect(isGoodbye('ok lovely, see you later')).toBe(true);
    expect(isGoodbye('brilliant, have a nice weekend')).toBe(true);
    expect(isGoodbye("fine, that's everything I wanted, thanks")).toBe(true);
  });

  it('takes leaving to call back later as the last words as the end of the call', () => {
    expect(isGoodbye("alright i need to check with my wife first, i'll call back, thanks")).toBe(true);
    expect(isGoodbye("ok i'll ring you back tomorrow")).toBe(true);
    expect(isGoodbye("can you hold it? i'll call back tomorrow to pay")).toBe(false);
  });

  it('takes a closing said as the last sentence after a reaction, or in other words', () => {
    expect(isGoodbye("alright, I'll try the other cable. that's it, thanks")).toBe(true);
    expect(isGoodbye('okay thanks for checking. that is everything')).toBe(true);
    expect(isGoodbye("great, thank you, that's it for me")).toBe(true);
    expect(isGoodbye("ok great, thank you so much, that's all")).toBe(true);
    expect(isGoodbye("thanks a lot, that's everything")).toBe(true);
    expect(isGoodbye('That answers it, thank you very much.')).toBe(true);
    expect(isGoodbye('is the mill open on sunday? that is all')).toBe(false);
    expect(isGoodbye("the chain is fine. that's all, can you book the service")).toBe(false);
  });

  it('does not take a closing phrase that goes on to a request as a goodbye', () => {
    expect(isGoodbye("that's all, can you book the service for saturday")).toBe(false);
    expect(isGoodbye('nothing else, I will collect it on friday')).toBe(false);
    expect(isGoodbye('goodbye is what my old bike said, the chain snapped')).toBe(false);
  });

  it('does not take how the caller is, said after a request, as a goodbye', () => {
    expect(isGoodbye("I need to report a crash, a van clipped my bike on the bridge. I'm fine")).toBe(false);
    expect(isGoodbye("someone took both bikes from the rack. we're all fine")).toBe(false);
    expect(isGoodbye("okay thanks. I'm fine")).toBe(true);
  });

  it('tells asking for something from only telling', () => {
    expect(asksFor('can I book the wheel truing')).toBe(true);
    expect(asksFor("I'd like to talk to the mechanic")).toBe(true);
    expect(asksFor('I just want to know what I owe for the service')).toBe(true);
    expect(asksFor('our old bike shop closes in three weeks')).toBe(false);
  });
});

describe("the instruction's 'you' is the agent speaking", () => {
  it('turns the agent-addressed you into I, me and my', () => {
    expect(agentToFirstPerson('you are on it and will call them')).toBe('I am on it and will call them');
    expect(agentToFirstPerson('so the mechanic can help you with your quote')).toBe(
      'so the mechanic can help me with my quote',
    );
  });

  it('phrases ask-directions for the caller', () => {
    expect(questionFromAsk('for the frame size so you can check stock')).toBe(
      'Could you give me the frame size so I can check stock, please?',
    );
    expect(questionFromAsk('what you can fix for them')).toBe('What can I fix for you?');
    expect(questionFromAsk('the customer, in a few words, what the bike does wrong')).toMatch(
      /^What does the bike do wrong, in a few words\?$|^Could you tell me what the bike does wrong, in a few words\?$/,
    );
  });

  it("speaks of the caller's things as theirs, also with a word before the role", () => {
    expect(toSecondPerson("read out the registered customer's last three repairs")).toBe(
      'read out your last three repairs',
    );
  });

  it('says a "say" direction in the first person', () => {
    expect(directions('Say you will look at the gears today, then ask for their phone number.').lines).toEqual([
      'I will look at the gears today.',
    ]);
  });
});

describe("the runtime's own sentences", () => {
  const all = Object.values(RUNTIME_DIRECTIVES) as RuntimeDirective[];

  it('are acted on by their directive', () => {
    expect(speakToolOutput(RUNTIME_DIRECTIVES.endCall.text)).toEqual({ text: '', goodbye: true, asksAgain: false });
    const slow = speakToolOutput(`fit_tyre did not answer within 8 seconds. ${RUNTIME_DIRECTIVES.toolTimedOut.text}`);
    expect(slow.text).toMatch(/sorry/i);
    expect(slow.text).not.toMatch(/fit_tyre|fit tyre|apologise/i);
    expect(speakToolOutput(`x. ${RUNTIME_DIRECTIVES.invalidDetails.text}`).asksAgain).toBe(true);
  });

  it('can be reworded without changing what the offline policy does', () => {
    const before = all.map((d) => speakToolOutput(`true_gear failed. ${d.text}`));
    const saved = all.map((d) => d.text);
    try {
      all.forEach((d, i) => (d.text = `Zorp ${i} the blarg, quietly and at length.`));
      expect(all.map((d) => speakToolOutput(`true_gear failed. ${d.text}`))).toEqual(before);
    } finally {
      all.forEach((d, i) => (d.text = saved[i]!));
    }
  });

  it('keeps the agent its own steps and puts only the question to the caller', () => {
    const said = speakToolOutput(
      '"Brakes" is not on the job sheet. Read the job sheet back and ask which job to drop.',
    );
    expect(said.text).toMatch(/^"Brakes" is not on the job sheet\. Which job/);
    expect(said.text).not.toMatch(/read the job sheet|\bask\b/i);
    expect(speakToolOutput('Saved. Read the details back to the caller.').text).toBe('Saved.');
  });

  it('offers what the agent does in the first person and what the caller does in the second', () => {
    expect(speakToolOutput('That repair needs the foreman. Offer to bring in the foreman.').text).toBe(
      'That repair needs the foreman. I can bring in the foreman.',
    );
    expect(speakToolOutput('We need the old part. Offer to bring the old part to the shop.').text).toBe(
      'We need the old part. You can bring the old part to the shop.',
    );
  });
});

function info(over: Partial<ToolInfo> & { name: string }): ToolInfo {
  return { description: '', kind: 'business', examples: [], params: [], phrase: over.name, scope: [], ...over };
}

describe('onward transfers the runtime says are open', () => {
  const inspect = info({ name: 'inspect_bike', description: 'Inspect the bike and decide if it can be repaired.' });
  it('takes the one transfer whose guards pass when several name the tool', () => {
    let repairable = true;
    const repair = info({
      name: 'transfer_to_repair',
      kind: 'handoff',
      target: 'repair',
      description: 'Transfer the caller to the repair agent. Use when: inspect_bike found it can be repaired.',
      ready: () => repairable,
    });
    const recycle = info({
      name: 'transfer_to_recycling',
      kind: 'handoff',
      target: 'recycling',
      description: 'Transfer the caller to the recycling agent. Use when: inspect_bike found it is beyond repair.',
      ready: () => !repairable,
    });
    expect(transferCompletedBy(inspect, 'The bike can be repaired.', [repair, recycle])).toBe(repair);
    repairable = false;
    expect(transferCompletedBy(inspect, 'The frame is cracked.', [repair, recycle])).toBe(recycle);
  });

  it('decides the same whatever the edges say in English', () => {
    const reworded = (when: string, ready: boolean) =>
      info({
        name: `transfer_${when.length}`,
        kind: 'handoff',
        description: `Transfer the caller. Use when: ${when}`,
        ready: () => ready,
      });
    const a = reworded('After inspect_bike, when a fix is possible.', false);
    const b = reworded('Once inspect_bike has run and the bike is scrap.', true);
    expect(transferCompletedBy(inspect, 'Inspected.', [a, b])).toBe(b);
  });
});

const workshop = defineWorkflow({
  name: 'workshop',
  userData: z.object({ riderName: z.string().optional() }),
  start: 'counter',
  agents: [
    {
      id: 'counter',
      description: 'Books bike repairs.',
      instructions: 'You run the counter of a bike workshop.',
      tools: {
        book_repair: llm.tool({
          description: 'Book a bike in for a repair.',
          parameters: z.object({ problem: z.string().describe('What is wrong with the bike.') }),
          execute: async () => 'Booked in.',
        }),
        size_confirmed: llm.tool({
          description: 'The caller confirmed the frame size you read back is right.',
          execute: async () => 'Noted.',
        }),
      },
      canEndCall: true,
    },
    {
      id: 'foreman',
      description: 'A human foreman.',
      instructions: 'You bring in the foreman.',
      human: true,
      canEndCall: true,
    },
  ],
  edges: [],
  escalation: { agent: 'foreman', when: 'The caller asks for a person.', examples: ['can I talk to the boss'] },
});

const tools = new Map<string, llm.ToolContext>();
beforeAll(() => {
  const runtime = new WorkflowRuntime(workshop, { operatorQueue: new SqliteOperatorQueue(':memory:') });
  for (const id of ['counter', 'foreman'])
    tools.set(id, runtime.buildAgent(id, { chatCtx: llm.ChatContext.empty() }).toolCtx);
});

type Step = ['caller' | 'agent', string] | ['tool', string, string];

function chatOf(steps: Step[]): llm.ChatContext {
  const ctx = llm.ChatContext.empty();
  ctx.addMessage({ role: 'system', content: 'You bring in the foreman.' });
  steps.forEach((s, i) => {
    if (s[0] === 'tool') {
      ctx.insert(llm.FunctionCall.create({ callId: `t${i}`, name: s[1], args: '{}' }));
      ctx.insert(llm.FunctionCallOutput.create({ callId: `t${i}`, name: s[1], output: s[2], isError: false }));
    } else ctx.addMessage({ role: s[0] === 'caller' ? 'user' : 'assistant', content: s[1] });
  });
  return ctx;
}

describe('what the agent offers when it did not understand', () => {
  it('never offers a tool that only records what the caller did', async () => {
    const d = await new DialoguePolicy().decide(chatOf([['caller', 'flibber jabber wump']]), tools.get('counter'));
    expect(d.toolCalls).toEqual([]);
    expect(d.content).toMatch(/book/i);
    expect(d.content).not.toMatch(/confirmed|read back/i);
  });
});

describe('a person is brought in once', () => {
  const policy = new DialoguePolicy();
  const queued: Step[] = [
    ['caller', 'I want to speak to a real person'],
    ['tool', 'transfer_to_operator', 'Queued as ticket W-7 (position 2).'],
    ['agent', 'You are queued as ticket W-7.'],
  ];

  it('does not queue the caller again when they ask for a person again', async () => {
    const d = await policy.decide(
      chatOf([...queued, ['caller', 'can I talk to a human please']]),
      tools.get('foreman'),
    );
    expect(d.toolCalls.map((c) => c.name)).not.toContain('transfer_to_operator');
    expect(d.content).toMatch(/already/i);
  });

  it('tells a queued caller the colleague has what they add, instead of not understanding', async () => {
    const d = await policy.decide(
      chatOf([...queued, ['caller', 'the back wheel wobbles and the spokes rattle']]),
      tools.get('foreman'),
    );
    expect(d.toolCalls).toEqual([]);
    expect(d.content).toMatch(/call you back/i);
    expect(d.content).not.toMatch(/didn't catch/i);
  });

  it('still ends the call on a goodbye', async () => {
    const d = await policy.decide(
      chatOf([...queued, ['caller', 'ok, I will wait for them. bye']]),
      tools.get('foreman'),
    );
    expect(d.toolCalls.map((c) => c.name)).toEqual(['end_call']);
  });

  it('speaks a goodbye after ending the call whatever the end tool returned', async () => {
    const d = await policy.decide(
      chatOf([
        ['caller', 'thanks, bye'],
        ['tool', 'end_call', 'Hanging up now; any wording the core likes.'],
      ]),
      tools.get('counter'),
    );
    expect(d.toolCalls).toEqual([]);
    expect(d.content).toMatch(/goodbye/i);
    expect(d.content).not.toMatch(/hanging up|wording|core/i);
  });
});
