// Which of an agent's business tools only prepare a later action. A call in which nothing but these
// succeeded has done nothing for the caller yet: listing free times the caller then walks away from
// is not a booking. A lookup that answers the caller's own question (a balance, an order's status,
// opening hours, whether a book is on the shelf) is not a step: it resolves the call by itself.
import { z } from 'zod';
import type { AgentSpec, AnonTool } from './declaration.js';
import { descriptionOf } from './tool_schema.js';

/** A tool that takes one of the options another tool offered ("the one the caller picked from the ones just offered"). */
const TAKES_AN_OFFERED_OPTION = /\b(?:just offered|offered)\b/i;
/** A tool that lists options: its name or its description starts with finding them. */
const LISTS_OPTIONS_NAME = /^(?:find|search|list|browse|available)_/i;
const LISTS_OPTIONS_TEXT = /^\s*(?:find|search|list|browse|look up|show)\b/i;

/** A tool's description and its parameters' descriptions. */
function toolTexts(tool: AnonTool): string[] {
  const texts = [tool.description ?? ''];
  const params = tool.parameters as unknown;
  if (params instanceof z.ZodObject) {
    for (const field of Object.values(params.shape as Record<string, z.ZodTypeAny>)) {
      const d = descriptionOf(field);
      if (d) texts.push(d);
    }
  } else if (params && typeof params === 'object' && 'properties' in params) {
    const props = (params as { properties?: Record<string, { description?: string }> }).properties ?? {};
    for (const p of Object.values(props)) if (p.description) texts.push(p.description);
  }
  return texts;
}

/**
 * The agent's step tools: the ones it declares in `steps`, else the searches whose results another
 * of its tools takes as the caller's pick — the tools that taker names, or, when it names none, the
 * agent's other tools that list options (find_…, "Find up to three free times…").
 */
export function stepTools(agent: Pick<AgentSpec<unknown>, 'tools' | 'steps'>): Set<string> {
  if (agent.steps) return new Set(agent.steps);
  const tools = Object.entries(agent.tools ?? {});
  const steps = new Set<string>();
  for (const [taker, tool] of tools) {
    const texts = toolTexts(tool);
    if (!texts.some((t) => TAKES_AN_OFFERED_OPTION.test(t))) continue;
    const others = tools.filter(([name]) => name !== taker);
    const named = others.filter(([name]) => texts.some((t) => t.includes(name)));
    const sources = named.length > 0 ? named : others.filter(([name, t]) => listsOptions(name, t));
    for (const [name] of sources) steps.add(name);
  }
  return steps;
}

function listsOptions(name: string, tool: AnonTool): boolean {
  return LISTS_OPTIONS_NAME.test(name) || LISTS_OPTIONS_TEXT.test(tool.description ?? '');
}
