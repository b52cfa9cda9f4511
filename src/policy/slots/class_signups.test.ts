// Signing up for a class on a made-up pottery studio's line: the name a booking goes under ("under
// Priya Shah", "the name is Carlos Mendez" for an attendee), who comes along ("me and my two kids,
// so three places" is three; "me and two friends" is three), a pointer ("he's the one taking her")
// is no count, and the class named with the request ("sign me up for the glazing course for me and
// two friends") fills the argument that takes "the course number or the course's name".
import { llm } from '@livekit/agents';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { extractArgs } from '../slot_filling.js';
import { catalogTools } from '../tool_catalog.js';
import { prepareUtterance } from './index.js';

const signUp = llm.tool({
  description: 'Sign the caller up for a pottery class.',
  parameters: z.object({
    course: z.string().describe('The course number (C L dash and three digits) or the course’s name.'),
    attendee_name: z.string().describe('The first and last name to book the places under.'),
    places: z.number().int().describe('How many places to book, counting the caller.'),
    email: z.string().describe('Where to send the confirmation.'),
  }),
  execute: async () => 'Booked.',
});
const tool = catalogTools(new llm.ToolContext({ sign_up: signUp }))[0]!;
const param = (n: string) => tool.params.find((p) => p.name === n)!;
const read = (said: string, opts: { expecting?: string; opening?: boolean } = {}) =>
  extractArgs(tool, prepareUtterance(said), {
    expecting: opts.expecting ? param(opts.expecting) : undefined,
    opening: opts.opening ?? false,
    typedOnly: false,
    requestWords: new Set(['sign', 'pottery', 'class']),
    agentVocabulary: new Set(),
    now: new Date('2026-03-05T10:00:00'),
  }).values;

describe('signing up for a class', () => {
  it('takes the name a booking goes under, answering the name question', () => {
    expect(read('under priya shah', { expecting: 'attendee_name' }).attendee_name).toBe('Priya Shah');
    expect(read('the name is carlos mendez', { expecting: 'attendee_name' }).attendee_name).toBe('Carlos Mendez');
  });

  it('counts the caller with those who come along', () => {
    expect(read("it'll be me and my two kids so three places").places).toBe(3);
    expect(read('for me and two friends').places).toBe(3);
    expect(
      read("put it under my husband, arjun raman, he's the one taking her", { expecting: 'attendee_name' }),
    ).toEqual({ attendee_name: 'Arjun Raman' });
  });

  it('takes the class named with the request, without whom and when', () => {
    expect(read("i'd like to book the glazing course for me and two friends", { opening: true }).course).toBe(
      'The glazing course',
    );
    expect(read('hi i want to sign up for wheel throwing tomorrow', { opening: true }).course).toBe('Wheel throwing');
  });
});

describe('a thing named in a request', () => {
  it('drops the frame around it and what follows the question', async () => {
    const { namedPart } = await import('../free_text.js');
    expect(namedPart("hi um is the blue glaze kit in? it's for my niece", new Set())).toBe('the blue glaze kit');
    expect(namedPart('can you put the blue glaze kit on hold for me at the north studio', new Set())).toBe(
      'the blue glaze kit',
    );
  });

  it('is no pointer back ("put it on hold")', () => {
    expect(read('can I put it on hold', { opening: true }).course).toBeUndefined();
  });
});
