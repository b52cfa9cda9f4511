// The tool that just answered, asked again with the same arguments: what the caller meant instead
// (another tool, the desk that answers questions, the step after it, or an acknowledgement).
import { asksSomething } from '../cues.js';
import { recordsDecision } from './commit.js';
import { extractArgs } from '../slot_filling.js';
import { findYesNo } from '../slots/index.js';
import { POLICY_THRESHOLDS } from '../thresholds.js';
import type { Analysis } from '../analysis/analysis.js';
import { ACKNOWLEDGED, type Frame, type Outcome, type State } from '../frame/frame.js';
import type { ToolInfo } from '../tool_catalog.js';
import { Unplaced } from './unplaced.js';

export class SameCallAgain extends Unplaced {
  /** A frame opened for an earlier request, with the values this line gives it added. */
  protected withLineValues(frame: Frame, a: Analysis): Outcome {
    const said = extractArgs(frame.tool, a.u, this.extractOptions(frame.tool, {})).values;
    for (const [k, v] of Object.entries(said)) if (frame.args[k] === undefined) frame.args[k] = v;
    frame.expecting = this.firstMissing(frame);
    return frame.expecting
      ? { kind: 'ask', frame, fresh: true, answered: false, reask: false }
      : { kind: 'call', frame, fresh: true };
  }

  /**
   * The tool that just answered, asked with the same arguments again: another tool the new detail
   * is for, the agent that answers questions, or (nothing new: the caller moved on) the step the
   * instructions put after it, for the request that check served. Undefined when nothing fits.
   */
  protected async sameCallAgain(
    tool: ToolInfo,
    a: Analysis,
    index: number,
    state: State,
  ): Promise<Outcome | undefined> {
    const last = state.lastCall;
    if (!last || last.error || last.tool !== tool) return undefined;
    const again = await this.openFrame(tool, a, index, state);
    if (JSON.stringify(this.callArgs(again)) !== JSON.stringify(last.args)) return undefined;
    const alternative = this.toolGivenValues(a, tool, last.args);
    if (alternative) return this.start(alternative, a, index, state);
    // A question the same call would only answer again ("is there a deposit?" after the
    // price): back to the agent that answers the caller's questions.
    const back = this.returnForQuestion(a);
    if (back) return this.start(back, a, index, state);
    // A question ("and that deposit, is that taken on the card?") is no moving on: the same result
    // answers it again.
    const after = asksSomething(a.text) ? undefined : this.toolAfter(tool);
    const request = after ? this.requestServedBy(tool) : undefined;
    if (after && request) {
      const next = await this.start(
        after,
        await this.policy.analyse(this.classifier, request.item.text),
        request.index,
        state,
      );
      // What this line says for that step ("go ahead and replace it" for the decision) counts too.
      return next.kind === 'ask' && next.frame.tool === after ? this.withLineValues(next.frame, a) : next;
    }
    // "yes, decline it" right after the decline was recorded: it is done; saying so again
    // changes nothing (a lookup or a question is answered again).
    if (recordsDecision(tool)) return { kind: 'smalltalk', intent: ACKNOWLEDGED };
    // "yes please send someone out" right after the report went in: a yes to it, not a second one.
    const yesOnly =
      findYesNo(a.u) === true &&
      !asksSomething(a.text) &&
      a.text.split(/\s+/).length <= POLICY_THRESHOLDS.yesToDoneWords;
    if (yesOnly && this.justDone(index, state)) return { kind: 'smalltalk', intent: ACKNOWLEDGED };
    return undefined;
  }
}
