// Tracks running tool calls per speech (one LLM tool-call batch) and per owning agent.
// - agents-js keeps only the handoff of the LAST tool to finish in a batch (a later plain result
//   overwrites an earlier handoff), so a handoff tool waits for its siblings before returning.
// - A tool awaiting an AgentTask that the caller was handed away from can never finish in agents-js
//   (the task's cleanup waits for that same tool), so the runtime abandons such calls.
interface Running {
  batch: string;
  agent: string;
  abandon: (reason: Error) => void;
}

export class InflightTools {
  private readonly running = new Set<Running>();
  private readonly waiters = new Set<() => void>();

  /** Register a call; returns the function to call when it ends. */
  track(batch: string, agent: string, abandon: (reason: Error) => void): () => void {
    const entry: Running = { batch, agent, abandon };
    this.running.add(entry);
    return () => {
      this.running.delete(entry);
      for (const wake of [...this.waiters]) wake();
    };
  }

  count(batch: string): number {
    let n = 0;
    for (const r of this.running) if (r.batch === batch) n += 1;
    return n;
  }

  /** Reject every running call owned by an agent other than `keep` with `reason`. */
  abandonAllExcept(keep: string, reason: (agent: string) => Error): number {
    let n = 0;
    for (const r of [...this.running]) {
      if (r.agent !== keep) {
        r.abandon(reason(r.agent));
        n += 1;
      }
    }
    return n;
  }

  /** Resolve once only the caller itself is still running in `batch` (or after `timeoutMs`). */
  async waitForOthers(batch: string, timeoutMs: number): Promise<void> {
    // Let the framework start any calls of the same batch that were streamed with this one.
    await new Promise((r) => setImmediate(r));
    const deadline = Date.now() + timeoutMs;
    while (this.count(batch) > 1 && Date.now() < deadline) {
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          this.waiters.delete(done);
          resolve();
        };
        const timer = setTimeout(done, Math.max(0, deadline - Date.now()));
        this.waiters.add(done);
      });
    }
  }
}
