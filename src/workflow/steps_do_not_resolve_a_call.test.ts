// A call's outcome when only steps succeeded: a search whose results the caller was to pick from,
// a hold, an item put in a basket prepare an action; a caller who leaves before it has nothing done.
import { llm } from '@livekit/agents';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWorkflow } from './index.js';
import { stepTools } from './step_tools.js';
import { getToolMeta } from './tool_meta.js';
import { inspectWorkflow } from './compile.js';
import { startCall } from '../testing/index.js';

// A made-up kayak rental: the dock finds launch times, books the one picked, and answers tide questions.
const findLaunchTimes = llm.tool({
  description: 'Find up to three free launch times on a given day, or as soon as possible.',
  parameters: z.object({ day: z.string().optional().describe('The day the paddler wants.') }),
  execute: async () => 'Free launch times: Saturday at 9 AM; Saturday at 11 AM.',
});
const bookKayak = llm.tool({
  description: 'Book a kayak for the paddler.',
  parameters: z.object({ time: z.string().describe('The launch time the paddler picked from the ones just offered.') }),
  execute: async ({ time }) => `Booked a kayak for ${time}.`,
});
const tideTimes = llm.tool({ description: 'Read out today’s tide times.', execute: async () => 'High tide at 2 PM.' });
const searchTrips = llm.tool({
  description: 'Search the guided trips by place. Each result has a trip number to reserve with.',
  parameters: z.object({ place: z.string() }),
  execute: async () => 'TR-1021 Seal Cove, two places left.',
});
const reserveTrip = llm.tool({
  description: 'Reserve places on a guided trip.',
  parameters: z.object({ trip_id: z.string().describe('The trip number from search_trips.') }),
  execute: async () => 'Reserved.',
});

function kayakDock(steps?: string[]) {
  return defineWorkflow({
    name: 'kayak-dock',
    userData: z.object({}),
    start: 'dock',
    agents: [
      {
        id: 'dock',
        description: 'Books kayaks and answers tide questions.',
        instructions: 'You run the kayak dock.',
        tools: { find_launch_times: findLaunchTimes, book_kayak: bookKayak, tide_times: tideTimes },
        ...(steps ? { steps } : {}),
        canEndCall: true,
      },
    ],
    edges: [],
  });
}

describe('which tools are steps', () => {
  it('takes a search whose options another tool of the agent takes as the pick for a step', () => {
    expect(
      stepTools({ tools: { find_launch_times: findLaunchTimes, book_kayak: bookKayak, tide_times: tideTimes } }),
    ).toEqual(new Set(['find_launch_times']));
  });

  it('does not take a search that answers the caller for a step because its ids can be used later', () => {
    expect(stepTools({ tools: { search_trips: searchTrips, reserve_trip: reserveTrip } })).toEqual(new Set());
  });

  it('follows what the app declares, and an empty list says there are none', () => {
    const tools = { find_launch_times: findLaunchTimes, book_kayak: bookKayak, tide_times: tideTimes };
    expect(stepTools({ tools, steps: ['book_kayak'] })).toEqual(new Set(['book_kayak']));
    expect(stepTools({ tools, steps: [] })).toEqual(new Set());
  });

  it('reports a declared step that is not one of the agent’s tools', () => {
    const { problems } = inspectWorkflow(kayakDock(['rent_paddle']));
    expect(problems.map((p) => p.message)).toContain(
      'steps name "rent_paddle", which is not one of its business tools.',
    );
  });
});

describe('a call with only steps done', () => {
  let close: (() => Promise<void>) | undefined;
  afterEach(async () => close?.());

  it('ends abandoned when the caller hears the free times and leaves', async () => {
    const t = await startCall(kayakDock(), [
      { input: 'what do you have saturday', toolCalls: [{ name: 'find_launch_times', args: { day: 'Saturday' } }] },
      { input: 'I will think about it, bye', toolCalls: [{ name: 'end_call', args: {} }] },
    ]);
    close = () => t.close();
    await t.say('what do you have saturday');
    await t.say('I will think about it, bye');
    expect(t.runtime.outcome).toBe('abandoned');
  });

  it('ends resolved once the picked time is booked', async () => {
    const t = await startCall(kayakDock(), [
      { input: 'what do you have saturday', toolCalls: [{ name: 'find_launch_times', args: { day: 'Saturday' } }] },
      { input: 'the 9 am one', toolCalls: [{ name: 'book_kayak', args: { time: 'Saturday at 9 AM' } }] },
      { input: 'thanks, bye', toolCalls: [{ name: 'end_call', args: {} }] },
    ]);
    close = () => t.close();
    await t.say('what do you have saturday');
    await t.say('the 9 am one');
    await t.say('thanks, bye');
    expect(t.runtime.outcome).toBe('resolved');
  });

  it('ends resolved when a lookup answered the caller’s own question', async () => {
    const t = await startCall(kayakDock(), [
      { input: 'when is high tide', toolCalls: [{ name: 'tide_times', args: {} }] },
      { input: 'great, bye', toolCalls: [{ name: 'end_call', args: {} }] },
    ]);
    close = () => t.close();
    await t.say('when is high tide');
    await t.say('great, bye');
    expect(t.runtime.outcome).toBe('resolved');
  });

  it('marks a step in the tool metadata the policy and the console read', async () => {
    const t = await startCall(kayakDock(), []);
    close = () => t.close();
    const tools = t.session.currentAgent.toolCtx.functionTools as Record<string, object>;
    expect(getToolMeta(tools.find_launch_times!)?.step).toBe(true);
    expect(getToolMeta(tools.book_kayak!)?.step).toBeUndefined();
  });
});
