// Internals never reach the caller's ear: every agent of every scaffold template, started directly,
// hears a few generic caller lines on the offline policy, and no reply may name a tool ("qualify_lead"
// or "qualify lead"), a multi-word parameter ("team_size", "contactName") or speak of the caller in
// the third person ("the caller's question", "the lead's team size").
import { readdirSync, existsSync } from 'node:fs';
import { llm, voice } from '@livekit/agents';
import { describe, expect, it } from 'vitest';
import { LocalPolicyLLM } from '../../src/policy/local_policy_llm.js';
import { loadWorkflow } from '../../src/workflow/load_workflow.js';
import { SqliteOperatorQueue, WorkflowRuntime } from '../../src/workflow/index.js';

const GENERIC_LINES = [
  'hi',
  'what can you do for me?',
  'hmm, not sure',
  'the first one',
  'yes',
  'what do you need from me?',
  'no',
];

const THIRD_PERSON = /\b(?:the|this) (?:caller|customer|user|lead|patient|guest|diner|claimant)(?:'s)?\b/i;

const templates = readdirSync('templates').filter((t) => existsSync(`templates/${t}/src/workflow.ts`));
const model = new LocalPolicyLLM();

/** The words a reply must not contain on this agent: its tools' names and its multi-word parameters. */
function internalNames(agent: voice.Agent): string[] {
  const names = new Set<string>();
  for (const [name, tool] of Object.entries(agent.toolCtx.functionTools)) {
    names.add(name);
    // Spaced ("qualify lead"), only where it is named as something to call or use: "pay at pickup"
    // is also plain English.
    if (name.includes('_')) names.add(`(?:call|calling|use|using|with|run) ${name.replace(/_/g, ' ')}`);
    const shape = (tool.parameters as { shape?: Record<string, unknown> } | undefined)?.shape ?? {};
    for (const param of Object.keys(shape)) if (/_|[a-z][A-Z]/.test(param)) names.add(param);
  }
  return [...names];
}

function spoken(item: { type: string; role?: string; textContent?: string }): string | undefined {
  return item.type === 'message' && item.role === 'assistant' ? item.textContent : undefined;
}

async function repliesOf(template: string, start: string): Promise<{ replies: string[]; banned: string[] }> {
  const spec = await loadWorkflow(`templates/${template}/src/workflow.ts`);
  const queue = new SqliteOperatorQueue(':memory:');
  const runtime = new WorkflowRuntime(spec, { operatorQueue: queue });
  const session = new voice.AgentSession({ llm: model, userData: runtime.createUserData() });
  const replies: string[] = [];
  const banned = new Set<string>();
  let closed = false;
  session.on(voice.AgentSessionEventTypes.ConversationItemAdded, (ev) => {
    const text = spoken(ev.item as never);
    if (text) replies.push(text);
  });
  session.on(voice.AgentSessionEventTypes.AgentStateChanged, () => {
    for (const n of internalNames(session.currentAgent)) banned.add(n);
  });
  session.on(voice.AgentSessionEventTypes.Close, () => {
    closed = true;
  });
  const settle = async () => {
    for (let quiet = 0, spins = 0; quiet < 3 && spins < 400; spins++) {
      await new Promise((r) => setTimeout(r, 20));
      quiet = session.agentState === 'listening' || closed ? quiet + 1 : 0;
    }
  };
  try {
    // The custom start path (attach + buildAgent) so that any agent can be the first one.
    runtime.attach(session);
    await session.start({ agent: runtime.buildAgent(start, { chatCtx: llm.ChatContext.empty() }) });
    await settle();
    for (const line of GENERIC_LINES) {
      if (closed) break;
      for (const n of internalNames(session.currentAgent)) banned.add(n);
      await session.run({ userInput: line }).wait();
      await settle();
    }
  } finally {
    if (!closed) await session.close();
    queue.close();
  }
  return { replies, banned: [...banned] };
}

describe('no internals spoken on any template agent', () => {
  for (const template of templates) {
    it(`${template}: every agent speaks to the caller, never of internals`, async () => {
      const spec = await loadWorkflow(`templates/${template}/src/workflow.ts`);
      const leaks: string[] = [];
      for (const agent of spec.agents) {
        const { replies, banned } = await repliesOf(template, agent.id);
        expect(replies.length).toBeGreaterThan(0);
        for (const reply of replies) {
          const lower = reply.toLowerCase();
          for (const name of banned)
            if (new RegExp(`\\b${name.toLowerCase()}\\b`).test(lower))
              leaks.push(`${agent.id}: "${name}" in "${reply}"`);
          if (THIRD_PERSON.test(reply)) leaks.push(`${agent.id}: third person in "${reply}"`);
        }
      }
      expect(leaks).toEqual([]);
    }, 120_000);
  }
});
