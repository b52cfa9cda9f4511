// Keeps a Mermaid diagram embedded in a Markdown file between two markers, so READMEs show the
// real graph and CI can tell when one has drifted from the code.

export const GRAPH_START = '<!-- graph:start -->';
export const GRAPH_END = '<!-- graph:end -->';

export class EmbedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EmbedError';
  }
}

/** The block that goes between the markers (markers included). */
export function diagramBlock(mermaid: string): string {
  return `${GRAPH_START}\n\n\`\`\`mermaid\n${mermaid.trimEnd()}\n\`\`\`\n\n${GRAPH_END}`;
}

/**
 * Replace what sits between the markers with the diagram. Throws an EmbedError naming the file
 * when the markers are missing, repeated or out of order.
 */
export function embedDiagram(markdown: string, mermaid: string, file = 'the file'): { text: string; changed: boolean } {
  const start = markdown.indexOf(GRAPH_START);
  const end = markdown.indexOf(GRAPH_END);
  if (start < 0 || end < 0) {
    throw new EmbedError(
      `${file} has no diagram markers: add a line "${GRAPH_START}" and a line "${GRAPH_END}" where the diagram should go.`,
    );
  }
  if (markdown.indexOf(GRAPH_START, start + 1) >= 0 || markdown.indexOf(GRAPH_END, end + 1) >= 0) {
    throw new EmbedError(
      `${file} has more than one pair of diagram markers: keep one "${GRAPH_START}" … "${GRAPH_END}".`,
    );
  }
  if (end < start) throw new EmbedError(`${file} has "${GRAPH_END}" before "${GRAPH_START}": swap them.`);
  const text = markdown.slice(0, start) + diagramBlock(mermaid) + markdown.slice(end + GRAPH_END.length);
  return { text, changed: text !== markdown };
}
