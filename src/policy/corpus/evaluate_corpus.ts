// Runs corpus cases through a policy against the real agents of a workflow: each case gets the
// agent's actual tools and instructions (plus its known facts) exactly as the runtime builds them.
import { llm } from '@livekit/agents';
import type { AnyZodObject, WorkflowSpec } from '../../workflow/declaration.js';
import { WorkflowRuntime } from '../../workflow/runtime.js';
import { SqliteOperatorQueue } from '../../workflow/escalation/operator_queue.js';
import { describeKnownFacts } from '../../workflow/text.js';
import type { DialoguePolicy, PolicyDecision } from '../dialogue_policy.js';
import type { ArgCheck, CorpusCase, Expectation } from './corpus_case.js';

export interface CaseResult {
  case: CorpusCase;
  decision: PolicyDecision;
  ok: boolean;
  why?: string;
  ms: number;
}

function matches(check: ArgCheck, value: unknown): boolean {
  if (check instanceof RegExp)
    return (
      (typeof value === 'string' && check.test(value)) ||
      (Array.isArray(value) && value.some((v) => typeof v === 'string' && check.test(v)))
    );
  if (typeof check === 'string') return typeof value === 'string' && value.toLowerCase() === check.toLowerCase();
  return value === check;
}

export function judge(expect: Expectation, d: PolicyDecision): string | undefined {
  const call = d.toolCalls[0];
  if ('tool' in expect) {
    if (!call) return `expected ${expect.tool}, got a reply: "${d.content}"`;
    if (call.name !== expect.tool) return `expected ${expect.tool}, got ${call.name}(${JSON.stringify(call.args)})`;
    for (const [k, check] of Object.entries(expect.args ?? {})) {
      if (!matches(check, call.args[k]))
        return `${expect.tool}: ${k} = ${JSON.stringify(call.args[k])}, expected ${String(check)}`;
    }
    for (const k of expect.without ?? [])
      if (call.args[k] !== undefined)
        return `${expect.tool}: ${k} should be left out, got ${JSON.stringify(call.args[k])}`;
    return undefined;
  }
  if (call) return `expected a reply (${expect.reply}), got ${call.name}(${JSON.stringify(call.args)})`;
  if (expect.reply === 'ask') {
    if (d.reason !== 'ask') return `expected a question, got (${d.reason}) "${d.content}"`;
    if (expect.asks && !expect.asks.test(d.content))
      return `question "${d.content}" does not match ${String(expect.asks)}`;
  }
  if (expect.reply === 'clarify' && d.reason !== 'clarify')
    return `expected a clarifying question, got (${d.reason}) "${d.content}"`;
  if (expect.reply === 'no_tool' && expect.says && !expect.says.test(d.content))
    return `reply "${d.content}" does not match ${String(expect.says)}`;
  if (!d.content) return 'expected something to be said, got silence';
  return undefined;
}

/** Build every agent of a workflow once; cases then reuse their tool contexts and instructions. */
export class CorpusRunner<S extends AnyZodObject> {
  private readonly runtime: WorkflowRuntime<S>;
  private readonly agents = new Map<string, { tools: llm.ToolContext; instructions: string }>();

  constructor(spec: WorkflowSpec<S>) {
    this.runtime = new WorkflowRuntime(spec, { operatorQueue: new SqliteOperatorQueue(':memory:') });
    for (const id of this.runtime.workflow.agents.keys()) {
      const agent = this.runtime.buildAgent(id, { chatCtx: llm.ChatContext.empty() });
      const instructions = typeof agent.instructions === 'string' ? agent.instructions : String(agent.instructions);
      this.agents.set(id, { tools: agent.toolCtx, instructions });
    }
  }

  chatFor(c: CorpusCase): { chatCtx: llm.ChatContext; tools: llm.ToolContext } {
    const agent = this.agents.get(c.agent);
    if (!agent) throw new Error(`Corpus case names unknown agent "${c.agent}".`);
    const facts = c.facts ? describeKnownFacts(c.facts) : '';
    const chatCtx = llm.ChatContext.empty();
    chatCtx.addMessage({ role: 'system', content: [agent.instructions, facts].filter(Boolean).join('\n\n') });
    let n = 0;
    for (const turn of c.before ?? []) {
      if (turn[0] === 'tool') {
        const [, name, args, output, isError] = turn;
        const callId = `corpus_${(n += 1)}`;
        chatCtx.insert(llm.FunctionCall.create({ callId, name, args: JSON.stringify(args) }));
        // Successful string results reach the model JSON-encoded, errors as plain text (as in the framework).
        chatCtx.insert(
          llm.FunctionCallOutput.create({
            callId,
            name,
            output: isError ? output : JSON.stringify(output),
            isError: isError ?? false,
          }),
        );
      } else chatCtx.addMessage({ role: turn[0] === 'caller' ? 'user' : 'assistant', content: turn[1] });
    }
    chatCtx.addMessage({ role: 'user', content: c.utterance });
    return { chatCtx, tools: agent.tools };
  }

  async run(policy: DialoguePolicy, cases: CorpusCase[]): Promise<CaseResult[]> {
    const results: CaseResult[] = [];
    for (const c of cases) {
      const { chatCtx, tools } = this.chatFor(c);
      const started = performance.now();
      const decision = await policy.decide(chatCtx, tools);
      const ms = performance.now() - started;
      const why = judge(c.expect, decision);
      results.push({ case: c, decision, ok: why === undefined, why, ms });
    }
    return results;
  }
}
