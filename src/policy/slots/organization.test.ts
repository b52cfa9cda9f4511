// Who the caller works for, in a made-up library-supplies line's words, and a name said after a greeting.
import { llm } from '@livekit/agents';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { extractArgs } from '../slot_filling.js';
import { catalogTools } from '../tool_catalog.js';
import { findOrganization, findPersonName, prepareUtterance } from './index.js';

const org = (said: string) => findOrganization(prepareUtterance(said))?.value;

describe('the caller’s organisation', () => {
  it('is read after a cue, after "at"/"with" following a name or a role, or after the name alone', () => {
    expect(org('hi, Ann Lee from Riverside Library, we need new shelving')).toBe('Riverside Library');
    expect(org('this is Tom Fry with Oakfield Schools, we want a quote')).toBe('Oakfield Schools');
    expect(org('morning, Jo Park, head librarian at Elm Street Books')).toBe('Elm Street Books');
    expect(org('Nia Shaw, Hartley & Sons, we are restocking')).toBe('Hartley & Sons');
    expect(org('my company is Paper Trail Ltd. can you help')).toBe('Paper Trail Ltd');
  });

  it('is not a day, a city, a person or a product talked about', () => {
    expect(org('can I come in at Tuesday')).toBeUndefined();
    expect(org("I'm calling from Chicago about my order")).toBeUndefined();
    expect(org('I am here with Sarah')).toBeUndefined();
    expect(org('does it work with Outlook?')).toBeUndefined();
    expect(org('Nia Shaw, we need a VP of sales')).toBeUndefined();
  });

  it('fills an argument labelled as the company, and the name after a greeting', () => {
    const [tool] = catalogTools(
      new llm.ToolContext({
        order_shelving: llm.tool({
          description: 'Start a shelving order.',
          parameters: z.object({ contact_name: z.string().optional(), company: z.string().optional() }),
          execute: async () => 'ok',
        }),
      }),
    );
    const said = prepareUtterance('hi, Ann Lee from Riverside Library, we need new shelving');
    const ex = extractArgs(tool!, said, {
      opening: true,
      typedOnly: false,
      requestWords: new Set(),
      agentVocabulary: new Set(),
      now: new Date(),
    });
    expect(ex.values).toMatchObject({ contact_name: 'Ann Lee', company: 'Riverside Library' });
    expect(findPersonName(prepareUtterance('hello, Ann Lee with Oakfield Schools'))).toBe('Ann Lee');
  });
});
