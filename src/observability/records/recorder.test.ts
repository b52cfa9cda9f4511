import { initializeLogger } from '@livekit/agents';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runSupportCall } from '../fixtures/support_call.js';
import { announceSkips, STORE_KINDS, type TestStore } from '../fixtures/stores.js';
import { attachRecorder, type Recorder } from './recorder.js';
import type { RecordedEvent, SessionDetail } from './record_types.js';
import type { RecordStore } from './record_store.js';
import type { RecordStoreError } from './record_store_error.js';
import { describeSqliteError } from './sqlite_record_store.js';

initializeLogger({ pretty: false, level: 'fatal' });
announceSkips();

async function recordSupportCall(t: TestStore, redact = true): Promise<{ record: SessionDetail; recorder: Recorder }> {
  let recorder: Recorder | undefined;
  const call = await runSupportCall(({ runtime, session }) => {
    recorder = attachRecorder({
      runtime,
      session,
      store: t.store,
      room: { name: 'room-7' },
      caller: { identity: 'sip_+15551234567' },
      redact,
    });
    // A tool that handles secrets: its arguments must never reach the store as given.
    runtime.events.emitEvent({
      type: 'tool_call',
      agent: 'greeter',
      tool: 'set_pin',
      args: { pin: '4821', apiKey: 'abcd-efgh-ijkl', note: 'use Bearer eyJhbGciOiJIUzI1NiJ9abcdefgh' },
      ok: true,
      output: 'password=hunter22 saved',
      timedOut: false,
      durationMs: 1,
    });
  });
  await recorder!.closed;
  const record = await t.store.getSession(call.runtime.sessionId);
  return { record: record!, recorder: recorder! };
}

const ofKind = (r: SessionDetail, kind: string): RecordedEvent[] => r.events.filter((e) => e.kind === kind);

describe.each(STORE_KINDS)('recorder on $name', (kind) => {
  let t: TestStore;
  beforeEach(async () => {
    if (kind.skip) return;
    t = await kind.open();
  });
  afterEach(async () => {
    await t?.cleanup();
  });

  it.skipIf(Boolean(kind.skip))(
    'records the whole call: agents, handoff with userdata and gap, tools, transcript, latency and outcome',
    async () => {
      const { record, recorder } = await recordSupportCall(t);
      expect(record).toMatchObject({
        workflow: 'support',
        room: 'room-7',
        caller: 'sip_[phone]',
        outcome: 'resolved',
        closeReason: 'user_initiated',
        agents: ['greeter', 'billing'],
      });
      expect(record.endedAt).toBeGreaterThanOrEqual(record.startedAt);
      // Every event, in order, nothing missing.
      expect(record.events.map((e) => e.seq)).toEqual(Array.from({ length: recorder.lastSeq }, (_, i) => i + 1));
      expect(recorder.lastCommittedSeq).toBe(recorder.lastSeq);
      expect(record.events[0]!.kind).toBe('session_started');
      expect(record.events.at(-1)).toMatchObject({
        kind: 'session_closed',
        data: { outcome: 'resolved', reason: 'user_initiated', agents: ['greeter', 'billing'] },
      });

      const [handoff] = ofKind(record, 'handoff');
      expect(handoff).toMatchObject({
        agent: 'greeter',
        data: {
          from: 'greeter',
          to: 'billing',
          tool: 'transfer_to_billing',
          reason: 'billing question',
          args: { name: 'Ann' },
          mode: 'handoff',
          userData: { name: 'Ann', verified: true, email: '[email]' },
        },
      });
      const [gap] = ofKind(record, 'handoff_completed');
      expect(gap!.data).toMatchObject({ from: 'greeter', to: 'billing' });
      expect(gap!.data.gapMs).toEqual(expect.any(Number));
      expect(gap!.seq).toBeGreaterThan(handoff!.seq);

      const tools = ofKind(record, 'tool_call').map((e) => [e.data.tool, e.data.ok, e.data.failure ?? null]);
      expect(tools).toEqual([
        ['set_pin', true, null],
        ['transfer_to_billing', false, 'refused'],
        ['lookup_account', true, null],
        ['transfer_to_billing', true, null],
        ['balance', true, null],
        ['end_call', true, null],
      ]);
      const refused = ofKind(record, 'tool_call')[1]!;
      expect(refused.data).toMatchObject({
        handoffTo: 'billing',
        error: expect.stringMatching(/Verify the caller first/),
      });
      expect(ofKind(record, 'tool_call').every((e) => typeof e.data.durationMs === 'number')).toBe(true);
      expect(ofKind(record, 'guard_refused')[0]!.data).toMatchObject({
        guard: 'identity verified',
        tool: 'transfer_to_billing',
      });

      const said = ofKind(record, 'transcript').map((e) => `${e.data.role}: ${e.data.text}`);
      expect(said).toContain('user: my email is [email]');
      expect(said).toContain('assistant: Your balance is 42 dollars. Call me back on [phone] if needed.');
      expect(ofKind(record, 'turn_latency').length).toBeGreaterThan(0);
      expect(ofKind(record, 'metrics').some((e) => e.data.type === 'llm')).toBe(true);
    },
  );

  it.skipIf(Boolean(kind.skip))(
    'keeps caller details when redaction is off for the deployment, but never secrets',
    async () => {
      const { record } = await recordSupportCall(t, false);
      expect(record.caller).toBe('sip_+15551234567');
      expect(ofKind(record, 'transcript').map((e) => e.data.text)).toContain('my email is ann@example.com');
      expect(ofKind(record, 'session_started')[0]!.data.redaction).toBe('off');
      const secret = ofKind(record, 'tool_call').find((e) => e.data.tool === 'set_pin')!;
      expect(secret.data.args).toEqual({ pin: '[secret]', apiKey: '[secret]', note: 'use Bearer [secret]' });
      expect(secret.data.output).toBe('password=[secret] saved');
      // The PIN as a value of its own: random ids and millisecond timestamps may hold those digits.
      expect(JSON.stringify(record)).not.toMatch(/\b4821\b|abcd-efgh-ijkl|hunter22|eyJhbGci/);
    },
  );
});

describe('recorder on a store that cannot be written', () => {
  // Issue 12, item 7: write failures were only a warning at a hidden log level.
  const failing = (code: string, message: string): RecordStore => ({
    kind: 'sqlite',
    location: '/srv/records.db',
    apply: async () => {
      throw describeSqliteError(Object.assign(new Error(message), { code }), '/srv/records.db');
    },
    applySync: () => {
      throw describeSqliteError(Object.assign(new Error(message), { code }), '/srv/records.db');
    },
    listSessions: async () => [],
    getSession: async () => undefined,
    findSessionIds: async () => [],
    eventsOfKinds: async () => [],
    schemaVersion: async () => 1,
    close: async () => undefined,
  });

  it.each([
    [
      'SQLITE_READONLY',
      'attempt to write a readonly database',
      /Cannot write the record store \/srv\/records\.db: the file or its folder is read-only\. Give this process write access/,
    ],
    [
      'SQLITE_CORRUPT',
      'database disk image is malformed',
      /\/srv\/records\.db is not a readable Switchboard record store .*move this one aside/,
    ],
    [
      'SQLITE_IOERR_WRITE',
      'disk I/O error',
      /Cannot write the record store \/srv\/records\.db: the disk reported an I\/O error\. Free space or fix the disk/,
    ],
    ['SQLITE_FULL', 'database or disk is full', /Cannot write the record store \/srv\/records\.db: the disk is full/],
  ])('says %s once, as a sentence naming the file and what to do', async (code, message, expected) => {
    const errors: RecordStoreError[] = [];
    let recorder: Recorder | undefined;
    await runSupportCall(({ runtime, session }) => {
      recorder = attachRecorder({
        runtime,
        session,
        store: failing(code, message),
        onStoreError: (e) => errors.push(e),
        writer: { retryMinMs: 1, retryMaxMs: 5 },
      });
    });
    expect(await recorder!.flush(200)).toBe(false);
    recorder!.writer.stop();
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(expected);
  });
});
