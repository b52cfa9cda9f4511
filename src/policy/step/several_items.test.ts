// One call per item named ("a latte and two scones"), but a name said again or spelled ("dana
// whitby, w h i t b y") is one person. A made-up riding school's and café's lines.
import { describe, expect, it } from 'vitest';
import type { ParamSpec } from '../param_spec.js';
import { itemsFromParts } from './several_items.js';

const param = (name: string, kind: ParamSpec['kind']) =>
  ({ name, kind, type: 'string', required: true, label: name, description: '' }) as unknown as ParamSpec;

describe('several items in one breath', () => {
  it('are one call each', () => {
    const parts = [
      { text: 'a latte', values: { drink: 'latte' } },
      { text: 'and a mocha', values: { drink: 'mocha' } },
    ];
    expect(itemsFromParts(parts, [param('drink', 'text')])).toHaveLength(2);
  });

  it('are never a name said twice', () => {
    const parts = [
      { text: 'dana whitby', values: { rider_name: 'Dana Whitby' } },
      { text: 'whitby', values: { rider_name: 'Whitby', member_id: 'RS-2044' } },
    ];
    expect(itemsFromParts(parts, [param('rider_name', 'person_name')])).toBeUndefined();
  });
});
