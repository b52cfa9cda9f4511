// The step that commits, on a small permit office (not a template, not the support desk): a yes
// to a read-back or a proposal commits, also with a goodbye in the same breath; holding back calls
// nothing; amending goes back along the edge meant for changes; a failed check is retried with the
// value the caller asserts, never the one they deny.
import { llm } from '@livekit/agents';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from '../workflow/index.js';
import { DialoguePolicy } from './dialogue_policy.js';
import { builtAgent, chatOf, type Turn } from './fixtures/decide.js';
import { affirms, amends, commitVerbs, committingTool, declines, holdsBack, readsBack } from './step/commit.js';
import { assertedPart } from './step/retry_failed.js';
import type { ToolInfo } from './tool_catalog.js';

const NOW = new Date('2025-03-05T10:00:00');

const office = defineWorkflow({
  name: 'permits',
  userData: z.object({ holderName: z.string().optional() }),
  start: 'counter',
  agents: [
    {
      id: 'counter',
      description: 'Checks the applicant, reads the permit application back and lodges it.',
      instructions:
        'You check the applicant, read the application back and lodge it once they agree. Before lodging, check the applicant with check_applicant.',
      tools: {
        check_applicant: llm.tool({
          description: 'Check the applicant: licence number plus the applicant’s date of birth.',
          parameters: z.object({
            licence_number: z.string().describe('The licence number, like "LN-20417".'),
            date_of_birth: z.string().describe('The applicant’s date of birth, for example "1990-03-03".'),
          }),
          execute: async () => 'Checked.',
        }),
        read_back_application: llm.tool({
          description: 'Read the parking permit application back to the caller before lodging it.',
          parameters: z.object({}),
          execute: async () => 'A resident permit for Elm Street from April 1. Is everything right?',
        }),
        lodge_application: llm.tool({
          description: 'Lodge the parking permit application, once the caller has confirmed it is right.',
          parameters: z.object({}),
          execute: async () => 'Lodged as PP-101.',
        }),
      },
      examples: {
        check_applicant: ['check my licence', 'here is my licence number'],
        read_back_application: ['what do you have so far', 'read it back'],
        lodge_application: ['lodge it please', 'yes go ahead and lodge it'],
      },
      canEndCall: true,
    },
    {
      id: 'details',
      description: 'Takes the permit details.',
      instructions: 'You take the street and start date of the permit.',
      tools: {},
      canEndCall: true,
    },
  ],
  edges: [
    {
      from: 'counter',
      to: 'details',
      when: 'The caller wants to change a detail before the application is lodged.',
      examples: ['the street is wrong'],
    },
  ],
});

const { toolCtx, instructions } = builtAgent(office, 'counter');
const policy = new DialoguePolicy({ now: () => NOW });
const decide = (turns: Turn[]) => policy.decide(chatOf(instructions, turns), toolCtx);

const readBack: Turn[] = [
  ['caller', 'my licence is LN-20417, born March 3 1990'],
  ['tool', 'check_applicant', { licence_number: 'LN-20417', date_of_birth: '1990-03-03' }, 'Checked.'],
  ['agent', 'Checked.'],
  ['tool', 'read_back_application', {}, 'A resident permit for Elm Street from April 1. Is everything right?'],
  ['agent', 'A resident permit for Elm Street from April 1. Is everything right?'],
];
const called = async (turns: Turn[]) => (await decide(turns)).toolCalls.map((c) => c.name);

describe('a yes to a read-back commits', () => {
  it('calls the committing tool on "yes that is right, lodge it" and its everyday variants', async () => {
    for (const said of [
      "yes that's right, lodge it",
      'yup all good, send it in',
      'correct, go ahead please',
      'perfect',
    ]) {
      expect(await called([...readBack, ['caller', said]])).toEqual(['lodge_application']);
    }
  });

  it('commits and ends the call when the caller confirms and is done in one breath', async () => {
    const said = 'perfect, thank you. That was it';
    expect(await called([...readBack, ['caller', said]])).toEqual(['lodge_application']);
    const after: Turn[] = [...readBack, ['caller', said], ['tool', 'lodge_application', {}, 'Lodged as PP-101.']];
    expect(await called(after)).toEqual(['end_call']);
  });

  it('does not commit on an "ok" when nothing was read back or offered', async () => {
    const checked = readBack.slice(0, 3);
    expect(await called([...checked, ['caller', 'ok great, thanks']])).not.toContain('lodge_application');
    const offeredOther: Turn[] = [...checked, ['agent', 'Let me bring in a colleague for the details.']];
    expect(await called([...offeredOther, ['caller', 'ok sure']])).not.toContain('lodge_application');
  });

  it('commits on a yes to the agent offering it ("Shall I lodge it?")', async () => {
    const offered: Turn[] = [...readBack.slice(0, 3), ['agent', 'Everything is in order. Shall I lodge it now?']];
    expect(await called([...offered, ['caller', 'yes please']])).toEqual(['lodge_application']);
  });

  it('commits after the read-back when the caller had asked for it in so many words', async () => {
    const asked: Turn[] = [
      ['caller', "yes, now it's right, lodge it please"],
      ['tool', 'read_back_application', {}, 'A resident permit for Elm Street from April 1. Is everything right?'],
    ];
    expect(await called(asked)).toEqual(['lodge_application']);
  });

  it('commits first when the same breath ends with a goodbye, then ends the call', async () => {
    const said = 'yes, lodge it please. thanks, bye';
    expect(await called([...readBack, ['caller', said]])).toEqual(['lodge_application']);
    const after = await called([...readBack, ['caller', said], ['tool', 'lodge_application', {}, 'Lodged as PP-101.']]);
    expect(after).toEqual(['end_call']);
  });
});

describe('holding back and changing one’s mind', () => {
  it('acknowledges "hold on, don’t lodge it yet" and calls nothing', async () => {
    const d = await decide([...readBack, ['caller', "hold on, don't lodge it yet, I need to ask my partner"]]);
    expect(d.toolCalls).toEqual([]);
    expect(d.content).toMatch(/won't lodge/i);
  });

  it('ends the call with nothing lodged on "no, don’t lodge it, I’ll call back, bye"', async () => {
    expect(await called([...readBack, ['caller', "no, please don't lodge it. I'll call back. bye"]])).toEqual([
      'end_call',
    ]);
  });

  it('does not commit when the caller wants none of it, and takes leave on a goodbye', async () => {
    const d = await decide([...readBack, ['caller', "no need to lodge anything, I'll remember it"]]);
    expect(d.toolCalls).toEqual([]);
    expect(d.content).toMatch(/won't lodge/i);
    expect(await called([...readBack, ['caller', "no thanks, really, don't lodge it. bye"]])).toEqual(['end_call']);
  });

  it('goes back along the edge for changes when the caller amends the read-back', async () => {
    expect(
      await called([...readBack, ['caller', 'oh, one more thing, I forgot to say it is for a van as well']]),
    ).toEqual(['transfer_to_details']);
  });
});

describe('a failed check tried again with the corrected value', () => {
  it('keeps the other arguments and takes the asserted day, never the denied one', async () => {
    const d = await decide([
      ['caller', 'my licence is LN-20417, born March 21 1990'],
      [
        'failed',
        'check_applicant',
        { licence_number: 'LN-20417', date_of_birth: '1990-03-21' },
        'Those details do not match.',
      ],
      ['agent', 'Those details do not match. Could you check them, please?'],
      ['caller', "oh sorry, I mixed it up, it's March third, not the twenty first"],
    ]);
    expect(d.toolCalls).toEqual([
      { name: 'check_applicant', args: { licence_number: 'LN-20417', date_of_birth: '1990-03-03' } },
    ]);
  });
});

describe('details and a goodbye in one breath', () => {
  it('acts on the details that answer the agent’s question before taking leave', async () => {
    const d = await decide([
      ['agent', 'Could you give me your licence number and your date of birth, please?'],
      ['caller', 'LN-20417, March 3rd 1990. thanks, bye'],
    ]);
    expect(d.toolCalls).toEqual([
      { name: 'check_applicant', args: { licence_number: 'LN-20417', date_of_birth: '1990-03-03' } },
    ]);
  });
});

describe('a yes to commit before the check that must come first', () => {
  it('does the check first with the details given in the same breath', async () => {
    const d = await decide([
      ['agent', 'Could you give me your licence number and your date of birth, please?'],
      ['caller', 'LN-20417, March 3rd 1990. yes, lodge it please'],
    ]);
    expect(d.toolCalls).toEqual([
      { name: 'check_applicant', args: { licence_number: 'LN-20417', date_of_birth: '1990-03-03' } },
    ]);
  });
});

describe('the words and tools of the committing step', () => {
  const tool = (name: string, description: string): ToolInfo =>
    ({ name, description, kind: 'business', params: [] }) as unknown as ToolInfo;
  const submit = tool('submit_form', 'File the form, once the caller has confirmed it.');
  const review = tool('review_form', 'Read the whole form back to the caller before submitting it.');
  const save = tool('save_details', 'Save what happened on the form.');

  it('knows a committing tool and a read-back tool by name and description', () => {
    expect(commitVerbs(submit)).toContain('submit');
    expect(commitVerbs(save)).toEqual([]);
    expect(readsBack(review)).toBe(true);
    expect(readsBack(submit)).toBe(false);
    expect(committingTool('yes, file it', [submit, save])).toBe(submit);
  });

  it('tells a yes from a denial, a hold and an amendment', () => {
    expect(affirms("yes that's right")).toBe(true);
    expect(affirms("that's not right")).toBe(false);
    expect(amends("that's not right, the date is wrong")).toBe(true);
    expect(holdsBack("don't submit it yet")).toBe(true);
    expect(holdsBack('yes submit it')).toBe(false);
    expect(declines('no need to send me anything')).toBe(true);
    expect(declines('yes send it')).toBe(false);
    // A commit verb used as a noun ("not on the file") declines nothing.
    expect(declines("she's new, she's not on the file yet")).toBe(false);
    expect(holdsBack("she's not on the file yet")).toBe(false);
    expect(declines("please don't file it")).toBe(true);
    expect(assertedPart("it's July twelfth, not the twenty first")).toBe("it's July twelfth");
  });
});
