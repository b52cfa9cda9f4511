// What the caller said this call, kept across agents. A handoff may carry no history (`none`) or
// only the last turns, so the next agent's chat no longer holds details the caller volunteered
// before they were asked ("policy HM-551207, born February 3rd 1979" while the form was still being
// filled). One memory per session (LocalPolicyLLM is one per session): it hands each turn the
// caller's earlier lines that its chat does not hold, to be read like any earlier turn (exact
// formats and cue-introduced names only, never free text).
import { succeededSinceLast, type TurnView } from '../conversation.js';

type Served = TurnView['servedSinceLast'][number];

/** The caller's lines this call, in order, and the calls that succeeded since the last one. */
export class CallMemory {
  private said: string[] = [];
  private served: Served[] = [];
  private servedAfter?: string;

  /**
   * The caller's lines this call that `view` does not hold (oldest first), and remember the new ones.
   * Only an agent that was handed the call is missing any: the first agent's chat holds them all.
   */
  recall(view: TurnView): string[] {
    const inView = view.items.filter((i) => i.type === 'user').map((i) => (i as { text: string }).text);
    // A new call on an instance used for several (tests, tools): the first agent's greeting, nothing said yet.
    if (view.entry && !view.entry.from && !view.entry.isReturn && inView.length === 0) this.said = [];
    const left = counts(inView);
    const missing: string[] = [];
    for (const text of this.said) {
      const n = left.get(text) ?? 0;
      if (n > 0) left.set(text, n - 1);
      else missing.push(text);
    }
    // Lines the memory has not seen yet (as many of each as the chat holds beyond what it knows).
    const known = counts(this.said);
    for (const item of view.items) {
      if (item.type !== 'user' || item.carried) continue;
      const n = known.get(item.text) ?? 0;
      if (n > 0) known.set(item.text, n - 1);
      else this.said.push(item.text);
    }
    // A handed-over agent's chat never holds them, on its first turn or any later one.
    return view.entry && !view.entry.from ? [] : missing;
  }

  /**
   * The calls that succeeded since the caller's last line, across the agents that handled it: a
   * handoff's chat holds no tool calls, so the agent after a qualifying step would not know the
   * line was served. Call after `recall` (which notes a new line).
   */
  servedSinceLast(view: TurnView): Served[] {
    const last = this.said.at(-1);
    if (last !== this.servedAfter) {
      this.servedAfter = last;
      this.served = [];
    }
    const key = (c: Served) => `${c.name}:${JSON.stringify(c.args)}`;
    const known = new Set(this.served.map(key));
    for (const c of succeededSinceLast(view.items)) if (!known.has(key(c))) this.served.push(c);
    return [...this.served];
  }
}

function counts(texts: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of texts) out.set(t, (out.get(t) ?? 0) + 1);
  return out;
}
