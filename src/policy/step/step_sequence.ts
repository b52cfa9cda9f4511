// Going through steps one at a time (a tool whose "step" argument is "the previous step number plus
// one"): a caller who reports that the step they tried changed nothing ("did that, still frozen",
// "no luck") gets the next step; the first report, before any step was given, gets the first one
// for the problem they described earlier.
import type { Analysis } from '../analysis/analysis.js';
import type { Outcome, State } from '../frame/frame.js';
import { asksFor, isQuestion } from '../cues.js';
import { FOR_UNSOLVED, NO_CHANGE, NOW_WORKS, SOMETHING_TO_TRY } from '../lexicon/index.js';
import type { ToolInfo } from '../tool_catalog.js';
import { isDescriptive } from '../free_text.js';
import { WhereServed } from './where_served.js';

/** The caller tried what they were told and nothing changed. */
export function reportsNoChange(text: string): boolean {
  return NO_CHANGE.test(text) && !NOW_WORKS.test(text) && !isQuestion(text);
}

export class StepSequence extends WhereServed {
  /** The next step of the step-by-step tool here, for a caller who reports no change. */
  protected async nextStepOnReport(a: Analysis, index: number, state: State): Promise<Outcome | undefined> {
    if (state.frame?.expecting) return undefined;
    const tool = this.callable.find((t) => t.kind === 'business' && t.params.some((p) => p.counter));
    if (!tool) return this.whenUnsolved(a, index, state);
    // "tried that one too, and it seems stable now": the steps worked; a specialist hands back.
    const back = this.callable.find((t) => t.kind === 'return');
    if (back && state.lastCall?.tool === tool && NOW_WORKS.test(a.text) && !NO_CHANGE.test(a.text))
      return this.start(back, a, index, state);
    if (!reportsNoChange(a.text)) return undefined;
    // "still red. can someone ring me back?": the request said with the report is served instead.
    const intent = this.intent(a, state.done.size > 0);
    if (intent.confident && intent.tool && intent.tool !== tool && asksFor(a.text)) return undefined;
    const previous = state.done.has(tool.name);
    const source = previous ? { a, index } : await this.problemLine(tool, index);
    if (!source) return undefined;
    const frame = await this.openFrame(tool, source.a, source.index, state);
    return frame.expecting ? undefined : { kind: 'call', frame, fresh: !previous };
  }

  /**
   * No step-by-step tool: "did that, same thing" right after a tool's answer gets the tool whose
   * description is for a problem not solved ("open a ticket when the problem is not solved on this
   * call"), unless the same breath asks for something else.
   */
  private async whenUnsolved(a: Analysis, index: number, state: State): Promise<Outcome | undefined> {
    const last = state.lastCall;
    if (!last || last.error || !reportsNoChange(a.text)) return undefined;
    // Nothing was given to try ("you are verified"): "so it's still processing" reports no attempt.
    if (!SOMETHING_TO_TRY.test(last.output ?? '')) return undefined;
    const fallback = this.callable.find(
      (t) => t.kind === 'business' && t !== last.tool && !state.done.has(t.name) && FOR_UNSOLVED.test(t.description),
    );
    if (!fallback) return undefined;
    const intent = this.intent(a, state.done.size > 0);
    if (intent.confident && intent.tool && intent.tool !== fallback && asksFor(a.text)) return undefined;
    return this.start(fallback, a, index, state);
  }

  /** The earlier line that describes the problem the steps are for: the one that leans most to the tool. */
  private async problemLine(tool: ToolInfo, index: number): Promise<{ a: Analysis; index: number } | undefined> {
    let best: { a: Analysis; index: number; score: number } | undefined;
    for (const turn of this.userTurns()) {
      if (turn.index >= index) break;
      const a = await this.policy.analyse(this.classifier, turn.item.text);
      if (!isDescriptive(a.text, new Set())) continue;
      const score = a.scores.find((s) => s.intent === tool.name)?.score ?? 0;
      if (score > 0 && (!best || score > best.score)) best = { a, index: turn.index, score };
    }
    return best;
  }
}
