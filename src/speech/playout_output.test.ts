import { voice } from '@livekit/agents';
import { AudioFrame } from '@livekit/rtc-node';
import { describe, expect, it } from 'vitest';
import { CaptureAudioOutput } from './capture_output.js';

function tone(ms: number, rate = 16000): AudioFrame {
  const n = Math.round((rate * ms) / 1000);
  const data = new Int16Array(n).map((_, i) => Math.round(8000 * Math.sin(i / 3)));
  return new AudioFrame(data, rate, 1, n);
}

function finishedEvents(output: voice.AudioOutput): voice.PlaybackFinishedEvent[] {
  const events: voice.PlaybackFinishedEvent[] = [];
  output.on(voice.AudioOutput.EVENT_PLAYBACK_FINISHED, (ev: voice.PlaybackFinishedEvent) => events.push(ev));
  return events;
}

const isPending = async (p: Promise<unknown>) =>
  (await Promise.race([p.then(() => false), new Promise((r) => setTimeout(() => r(true), 20))])) as boolean;

describe('PlayoutAudioOutput contract (via CaptureAudioOutput)', () => {
  it('reports one uninterrupted finish per flushed segment, with its full duration', async () => {
    const out = new CaptureAudioOutput({ realtime: false });
    const events = finishedEvents(out);
    for (let i = 0; i < 5; i++) await out.captureFrame(tone(20));
    const playout = out.waitForPlayout();
    expect(await isPending(playout)).toBe(true); // not before flush
    out.flush();
    const ev = await playout;
    expect(ev.interrupted).toBe(false);
    expect(ev.playbackPosition).toBeCloseTo(0.1, 3);
    expect(events).toHaveLength(1);
  });

  it('in real time, finishes only after the audio had time to play', async () => {
    const out = new CaptureAudioOutput({ realtime: true });
    for (let i = 0; i < 10; i++) await out.captureFrame(tone(20)); // 200 ms
    out.flush();
    const playout = out.waitForPlayout();
    expect(await isPending(playout)).toBe(true);
    expect((await playout).interrupted).toBe(false);
  });

  it('clearBuffer interrupts at once and reports how much was heard', async () => {
    const out = new CaptureAudioOutput({ realtime: true });
    for (let i = 0; i < 100; i++) await out.captureFrame(tone(20)); // 2 s queued
    const playout = out.waitForPlayout();
    out.clearBuffer();
    const ev = await playout;
    expect(ev.interrupted).toBe(true);
    expect(ev.playbackPosition).toBeLessThan(1);
    expect(out.segments[0]?.interrupted).toBe(true);
  });

  it('ignores clearBuffer and flush when nothing was captured', async () => {
    const out = new CaptureAudioOutput({ realtime: false });
    const events = finishedEvents(out);
    out.clearBuffer();
    out.flush();
    await out.waitForPlayout();
    expect(events).toHaveLength(0);
  });

  it('starts a fresh segment for frames that arrive after an interruption', async () => {
    const out = new CaptureAudioOutput({ realtime: false });
    const events = finishedEvents(out);
    await out.captureFrame(tone(20));
    out.clearBuffer();
    await out.captureFrame(tone(20)); // a late frame from the cancelled reply
    out.flush();
    await out.waitForPlayout();
    expect(events.map((e) => e.interrupted)).toEqual([true, false]);
    expect(out.segments.map((s) => s.index)).toEqual([0, 1]);
  });

  it('holds the next reply until the previous one has played out', async () => {
    const out = new CaptureAudioOutput({ realtime: true });
    for (let i = 0; i < 10; i++) await out.captureFrame(tone(20));
    out.flush();
    const next = out.captureFrame(tone(20));
    expect(await isPending(next)).toBe(true);
    await next;
    expect(out.segments).toHaveLength(1);
    out.flush();
    await out.waitForPlayout();
    expect(out.segments).toHaveLength(2);
  });

  it('emits playbackStarted once per segment', async () => {
    const out = new CaptureAudioOutput({ realtime: false });
    let started = 0;
    out.on(voice.AudioOutput.EVENT_PLAYBACK_STARTED, () => started++);
    await out.captureFrame(tone(20));
    await out.captureFrame(tone(20));
    out.flush();
    await out.captureFrame(tone(20));
    out.flush();
    await out.waitForPlayout();
    expect(started).toBe(2);
  });

  it('claims pause support so the session can resume after a false interruption', () => {
    expect(new CaptureAudioOutput().canPause).toBe(true);
  });

  it('holds playout while paused and finishes after resume', async () => {
    const out = new CaptureAudioOutput({ realtime: true });
    for (let i = 0; i < 5; i++) await out.captureFrame(tone(20)); // 100 ms
    out.pause();
    out.flush();
    const playout = out.waitForPlayout();
    await new Promise((r) => setTimeout(r, 200)); // twice the audio's length
    expect(await isPending(playout)).toBe(true);
    out.resume();
    const ev = await playout;
    expect(ev.interrupted).toBe(false);
    expect(ev.playbackPosition).toBeCloseTo(0.1, 3);
  });

  it('freezes the playhead while paused, so an interruption then reports the heard part only', async () => {
    const out = new CaptureAudioOutput({ realtime: true });
    out.pause();
    for (let i = 0; i < 50; i++) await out.captureFrame(tone(20)); // 1 s, none of it played
    await new Promise((r) => setTimeout(r, 50));
    const playout = out.waitForPlayout();
    out.clearBuffer();
    expect((await playout).playbackPosition).toBe(0);
  });
});
