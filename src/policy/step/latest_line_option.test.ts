// A refusal listing its options after a colon, on a made-up tool library: '"ok what about the drill"
// is not on loan on this card. The tools on loan are: Hedge Trimmer, Drill. Ask which one.' The
// caller's latest line names the drill, while their first line asked for the trimmer (refused
// before): the latest words win; the whole call counts only when the latest line names none.
import { describe, expect, it } from 'vitest';
import { listedOptions, optionForRefusal } from './refusal_options.js';
import type { ToolInfo } from '../tool_catalog.js';

const tool = {
  name: 'extend_loan',
  kind: 'business',
  params: [{ name: 'tool_name', label: 'tool name', kind: 'text', type: 'string', required: false }],
} as unknown as ToolInfo;
const refusal =
  '"Ok what about the drill" is not on loan on this card. The tools on loan are: Hedge Trimmer, Drill. Ask which one.';

describe('a refusal listing after a colon', () => {
  it('reads the list', () => {
    expect(listedOptions(refusal)).toEqual(['Hedge Trimmer', 'Drill']);
  });

  it('takes the one the latest line names', () => {
    const lines = ['can i keep the hedge trimmer another week', 'card 2291, surname Ito', 'ok what about the drill'];
    expect(optionForRefusal(tool, { tool_name: 'Ok what about the drill' }, refusal, lines)).toEqual({
      param: 'tool_name',
      value: 'Drill',
    });
  });

  it('falls back on the whole call when the latest line names none', () => {
    const lines = ['can i keep the hedge trimmer another week', 'yes that one'];
    const said = refusal.replace('Ok what about the drill', 'Yes that one');
    expect(optionForRefusal(tool, { tool_name: 'Yes that one' }, said, lines)).toEqual({
      param: 'tool_name',
      value: 'Hedge Trimmer',
    });
  });
});
