// A console turn is over only once a capture task has handed on what the caller said instead of a
// yes: on a made-up locksmith line, the caller answers the read-back of their number with the job,
// then says goodbye straight away. The job is booked before the goodbye is heard — also when the
// task takes its time to hand the call back (a busy machine; here a slow exit).
import { llm } from '@livekit/agents';
import { expect, it } from 'vitest';
import { z } from 'zod';
import { LocalPolicyLLM } from '../policy/index.js';
import { getPhoneNumber, handOnDue } from '../tasks/index.js';
import { defineWorkflow, SqliteOperatorQueue } from '../workflow/index.js';
import { ConsoleSession } from './console_session.js';

it('answers what the caller said after their answer before their next line', async () => {
  const jobs: string[] = [];
  const locksmith = defineWorkflow({
    name: 'locksmith',
    userData: z.object({}),
    start: 'desk',
    agents: [
      {
        id: 'desk',
        description: 'Books locksmith call-outs.',
        instructions: 'You book locksmith call-outs.',
        canEndCall: true,
        tools: {
          leave_number: llm.tool({
            description: 'Take a callback number for the locksmith.',
            execute: async () => {
              const task = getPhoneNumber();
              const leave = task.onExit.bind(task);
              task.onExit = async () => {
                await new Promise((r) => setTimeout(r, 300));
                await leave();
              };
              const result = await task.run();
              return result.ok ? `Noted ${result.value}.` : 'No number.';
            },
          }),
          book_job: llm.tool({
            description: 'Book a locksmith for a lock that is stuck, broken or lost keys.',
            parameters: z.object({ job: z.string().describe('What is wrong with the lock, in the caller’s words.') }),
            execute: async ({ job }) => {
              jobs.push(job);
              return 'A locksmith is booked.';
            },
          }),
        },
        examples: {
          leave_number: ['can I leave a callback number', 'take my number'],
          book_job: ['my front door lock is stuck', 'I lost my house keys', 'the key broke in the lock'],
        },
      },
    ],
    edges: [],
  });
  const call = await ConsoleSession.open({
    workflow: locksmith as never,
    llm: new LocalPolicyLLM(),
    runtime: { operatorQueue: new SqliteOperatorQueue(':memory:') },
  });
  try {
    await call.say('can I leave a callback number');
    await call.say('five five five two one two three four five six');
    await call.say('the key broke off in my front door lock');
    expect(handOnDue(call.session)).toBe(false);
    expect(jobs).toEqual([expect.stringMatching(/key broke off/i)]);
    await call.say('thanks, bye');
  } finally {
    await call.close();
  }
}, 30_000);
