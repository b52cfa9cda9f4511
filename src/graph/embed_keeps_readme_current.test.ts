import { expect, it } from 'vitest';
import { diagramBlock, embedDiagram, EmbedError, GRAPH_END, GRAPH_START } from './embed.js';

const readme = (inside: string) => `# App\n\nIntro.\n\n${GRAPH_START}\n${inside}\n${GRAPH_END}\n\n## More\n`;

it('replaces only what sits between the markers', () => {
  const { text, changed } = embedDiagram(readme('old diagram'), 'flowchart TD\n  a --> b\n');
  expect(changed).toBe(true);
  expect(text).toBe(`# App\n\nIntro.\n\n${diagramBlock('flowchart TD\n  a --> b')}\n\n## More\n`);
  expect(text).toContain('```mermaid\nflowchart TD\n  a --> b\n```');
});

it('reports no change when the embedded diagram is current', () => {
  const once = embedDiagram(readme('x'), 'flowchart TD\n').text;
  expect(embedDiagram(once, 'flowchart TD\n')).toEqual({ text: once, changed: false });
});

it('explains missing, repeated and swapped markers', () => {
  expect(() => embedDiagram('# App\n', 'x', 'README.md')).toThrow(EmbedError);
  expect(() => embedDiagram('# App\n', 'x', 'README.md')).toThrow(/README.md has no diagram markers/);
  expect(() => embedDiagram(readme('a') + readme('b'), 'x')).toThrow(/more than one pair/);
  expect(() => embedDiagram(`${GRAPH_END}\n${GRAPH_START}`, 'x')).toThrow(/before/);
});
