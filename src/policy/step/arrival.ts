// What an agent does on arrival besides its entry script: the request that brought the caller
// here, when it is for one of this agent's own tools rather than for what the agent does by default.
import { extractArgs } from '../slot_filling.js';
import type { Frame } from '../frame/frame.js';
import { Renderer } from '../render/render.js';

/** Arrival: requests the caller made on the way here. */
export class Arrival extends Renderer {
  /**
   * An agent whose job is bringing in a person, reached with a request for one of its own tools
   * ("can you book me a meeting? ann@x.com" at the desk that books meetings or brings someone in
   * live): that tool, when the caller's words rank it above the person or give one of its exact
   * values, and complete it. Otherwise the person is brought in as the agent was told.
   */
  protected async ownToolInsteadOfOperator(): Promise<Frame | undefined> {
    const last = this.userTurns().at(-1);
    if (!last || !this.mayCallTools) return undefined;
    const a = await this.policy.analyse(this.classifier, last.item.text);
    const score = (name: string) => a.scores.find((s) => s.intent === name)?.score ?? 0;
    const operator = this.callable.find((t) => t.kind === 'operator');
    const person = operator ? score(operator.name) : 0;
    const state = await this.replay(this.view.items.length);
    for (const tool of this.callable) {
      if (tool.kind !== 'business' || !tool.params.some((p) => p.required) || state.done.has(tool.name)) continue;
      const typed = extractArgs(tool, a.u, this.extractOptions(tool, { typedOnly: true })).typed.length > 0;
      if (!typed && score(tool.name) <= person) continue;
      const frame = await this.openFrame(tool, a, last.index, state);
      if (!frame.expecting) return frame;
    }
    return undefined;
  }
}
