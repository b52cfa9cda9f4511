// A tool that undoes something, in a made-up riding school's words: cancel_lesson never runs on a
// guess from a line that does not ask to cancel ("the first one is fine", "RS-2044, Dana Whitby").
import { describe, expect, it } from 'vitest';
import { undoesUnasked } from './request_words.js';
import type { ToolInfo } from '../tool_catalog.js';

const tool = (name: string) => ({ name, kind: 'business', description: '', params: [] }) as unknown as ToolInfo;

describe('undoing tools', () => {
  it('are out of the running unless the caller asks to undo', () => {
    expect(undoesUnasked(tool('cancel_lesson'), 'the first one is fine')).toBe(true);
    expect(undoesUnasked(tool('cancel_lesson'), 'my member number is RS-2044, Dana Whitby')).toBe(true);
    expect(undoesUnasked(tool('cancel_lesson'), 'we cannot make it on Friday')).toBe(false);
    expect(undoesUnasked(tool('cancel_lesson'), 'please cancel Juniper’s lesson')).toBe(false);
    expect(undoesUnasked(tool('remove_saddle'), 'take the saddle off the order')).toBe(false);
    expect(undoesUnasked(tool('cancel_lesson'), 'we have to drop the Friday lesson')).toBe(false);
    // Dropping something off, by or in is bringing it, not undoing.
    expect(undoesUnasked(tool('cancel_lesson'), 'I dropped off her riding boots, are they fixed')).toBe(true);
    expect(undoesUnasked(tool('cancel_lesson'), 'can I drop by on Saturday')).toBe(true);
  });

  it('leave other tools alone', () => {
    expect(undoesUnasked(tool('book_lesson'), 'the first one is fine')).toBe(false);
  });
});
