// A console call with no event listener: benches and custom harnesses open calls that way. The
// session_start workflow event is queued for the JSON-lines stream; with nobody listening it must
// still be drained (it once was not, and the drain loop spun forever, blocking the event loop).
import { describe, expect, it } from 'vitest';
import { supportDeskWorkflow } from '../app/support-desk/workflow.js';
import { openStore } from '../app/support-desk/api/index.js';
import { LocalPolicyLLM } from '../src/policy/index.js';
import { SqliteOperatorQueue } from '../src/workflow/index.js';
import { ConsoleSession } from '../src/console/console_session.js';

describe('ConsoleSession without onEvent', () => {
  it('opens, answers a turn and closes', async () => {
    const call = await ConsoleSession.open({
      workflow: supportDeskWorkflow({ store: openStore(':memory:') }) as never,
      llm: new LocalPolicyLLM(),
      runtime: { operatorQueue: new SqliteOperatorQueue(':memory:') },
    });
    await call.say('hello, my internet keeps dropping');
    await call.close();
    const said = call.session.history.items.filter((i) => i.type === 'message' && i.role === 'assistant');
    expect(said.length).toBeGreaterThanOrEqual(2); // the greeting and a reply to the caller
  });
});
