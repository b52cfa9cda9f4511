// A made-up riding school's booking: "True only when the caller said this horse is new to the yard
// (not yet on their file)" is true when the caller says so in their own words, never when they say
// the opposite; and "his name is Juniper" names the horse, not the caller.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { paramSpecs } from '../param_spec.js';
import { extractArgs } from '../slot_filling.js';
import type { ToolInfo } from '../tool_catalog.js';
import { prepareUtterance } from './index.js';
import { conditionSaid, saidCondition } from './said_condition.js';

const params = paramSpecs(
  z.object({
    horse_name: z.string().optional().describe('The horse’s name.'),
    new_horse: z
      .boolean()
      .optional()
      .describe('True only when the caller said this horse is new to the yard (not yet on their file).'),
  }),
);
const tool = { name: 'book_lesson', kind: 'business', description: 'Book a lesson.', params } as unknown as ToolInfo;
const read = (line: string) =>
  extractArgs(tool, prepareUtterance(line), {
    opening: false,
    typedOnly: true,
    now: new Date(),
    requestWords: new Set(),
    agentVocabulary: new Set(),
  }).values;

describe('a flag the caller must have said', () => {
  it('reads the condition from the description', () => {
    expect(saidCondition(params[1]!.description)).toBe('this horse is new to the yard (not yet on their file)');
    expect(saidCondition('Whether to send a text.')).toBeUndefined();
  });

  it('is true when said in the caller’s words, in any turn', () => {
    expect(read("she's new, not on my file yet, her name is juniper")).toEqual({
      horse_name: 'Juniper',
      new_horse: true,
    });
  });

  it('is said by the horse being newly the caller’s', () => {
    const condition = 'this horse is new to the yard (not yet on their file)';
    expect(conditionSaid('oh yes we just bought her last month, she is a cob', condition)).toBe(true);
    expect(conditionSaid('we adopted him from a rescue', condition)).toBe(true);
    expect(conditionSaid('we got her years ago', condition)).toBe(false);
  });

  it('is not said turned around, nor by one shared word', () => {
    const condition = 'this horse is new to the yard (not yet on their file)';
    expect(conditionSaid("she's not new, she's on the file", condition)).toBe(false);
    expect(conditionSaid('is there a new timetable', condition)).toBe(false);
  });
});
