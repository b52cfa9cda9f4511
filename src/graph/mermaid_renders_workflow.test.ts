import { describe, expect, it } from 'vitest';
import { miniDesk } from '../workflow/fixtures/mini_desk.js';
import { guardedShop } from './fixtures/guarded_shop.js';
import { renderMermaid, shorten } from './mermaid.js';
import { graphOf } from './sync_diagram.js';

const lines = (text: string) => text.split('\n').map((l) => l.trim());

describe('Mermaid diagram of the mini desk', () => {
  const mermaid = renderMermaid(graphOf(miniDesk()));

  it('marks the start agent and draws each agent with its description and tools', () => {
    expect(mermaid.startsWith('flowchart TD\n')).toBe(true);
    expect(lines(mermaid)).toContain('__start --> greeter');
    expect(mermaid).toContain(
      'greeter["<b>greeter</b><br/>Greets callers and routes them<br/>🔧 ping · slow_lookup"]:::startAgent',
    );
    expect(mermaid).toContain('🔧 verify · refund 🔒 identity verified"]:::agent');
  });

  it('labels handoff edges with tool, shortened condition, history policy and carried fields', () => {
    expect(lines(mermaid)).toContain(
      'greeter -->|"transfer_to_billing<br/>The caller has a billing question<br/>history: full · carries name, topic"| billing',
    );
  });

  it('draws call edges dashed and the typed return back to the caller', () => {
    expect(lines(mermaid)).toContain(
      'greeter -.->|"transfer_to_tech (call)<br/>The caller has a technical problem<br/>history: full"| tech',
    );
    expect(lines(mermaid)).toContain('tech -.->|"returns<br/>resolved, summary"| greeter');
  });

  it('draws the human escalation as a distinct node reached from any agent, then the operator', () => {
    expect(mermaid).toContain('human{{"👤 <b>human</b><br/>Brings in a human"}}:::human');
    expect(lines(mermaid)).toContain(
      '__any ==>|"escalate_to_human<br/>The caller asks for a person<br/>history: summary"| human',
    );
    expect(lines(mermaid)).toContain('human ==>|"transfer_to_operator"| __operator');
    // One thick red style covers exactly the escalation links.
    const links = lines(mermaid).filter((l) => /-->|-\.->|==>/.test(l));
    const red = /linkStyle ([\d,]+) stroke:#c62828/.exec(mermaid)![1]!.split(',').map(Number);
    expect(red.map((i) => links[i])).toEqual([
      expect.stringMatching(/^__any ==>/),
      expect.stringMatching(/^human ==>.*__operator$/),
    ]);
  });

  it('ends the call from agents that may end it', () => {
    expect(lines(mermaid)).toContain('greeter -->|"end_call"| __end');
    expect(lines(mermaid).filter((l) => l.endsWith('__end'))).toHaveLength(1);
  });

  it('is deterministic: a fresh declaration renders byte for byte the same', () => {
    expect(renderMermaid(graphOf(miniDesk()))).toBe(mermaid);
  });
});

describe('Mermaid diagram edge cases', () => {
  const mermaid = renderMermaid(graphOf(guardedShop()));

  it('shows edge guards with a lock and the guard name, and last:N history', () => {
    expect(lines(mermaid)).toContain(
      'counter -->|"finish_order<br/>The order is paid and the caller wants nothing…<br/>history: last:2 · carries item<br/>🔒 order paid"| end_agent',
    );
  });

  it('gives an agent whose id is a Mermaid keyword another node id', () => {
    expect(mermaid).toContain('end_agent["<b>end</b>');
    expect(lines(mermaid)).not.toContain('end["<b>end</b>');
    expect(lines(mermaid)).toContain('end_agent -->|"end_call"| __end');
  });

  it('draws escalation edges one by one when they do not cover every agent', () => {
    expect(mermaid).not.toContain('__any');
    expect(lines(mermaid)).toContain(
      'counter ==>|"escalate_to_human<br/>The caller is unhappy with the order<br/>history: summary"| manager',
    );
  });

  it('escapes quotes and angle brackets in free text', () => {
    expect(mermaid).toContain('Takes #quot;quick#quot; orders at the counter and answers…');
    const shortDesk = renderMermaid({
      ...graphOf(guardedShop()),
      agents: graphOf(guardedShop()).agents.map((a) => ({ ...a, description: 'Hours <9-5> "daily".' })),
    });
    expect(shortDesk).toContain('Hours #lt;9-5#gt; #quot;daily#quot;');
  });
});

describe('shorten', () => {
  it('keeps the first sentence without its full stop', () => {
    expect(shorten('Billing question. Never before payment.', 40)).toBe('Billing question');
  });

  it('cuts long text at a word boundary with an ellipsis', () => {
    const cut = shorten('The caller wants to change the delivery address of an order already shipped', 30);
    expect(cut).toBe('The caller wants to change…');
    expect(cut.length).toBeLessThanOrEqual(30);
  });

  it('folds whitespace', () => {
    expect(shorten('  a\n  b  ', 10)).toBe('a b');
  });
});
