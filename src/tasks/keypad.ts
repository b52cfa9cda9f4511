// Keypad entry for capture tasks: DTMF keys from the room (or a given source) gathered until the
// terminator (or a key count), then handed over as if the caller had said them, so read-back,
// correction and events are the same as for speech. While a read-back waits, 1 is yes and 2 is no.
import { getJobContext } from '@livekit/agents';
import type { DtmfSource, KeypadOptions } from './capture_types.js';

type KeypadOption = boolean | KeypadOptions | undefined;

export interface KeypadHooks {
  /** The task has finished: keys are ignored. */
  done(): boolean;
  /** A value was read back and waits for a yes or no. */
  awaitingYes(): boolean;
  /** A finished entry (digits, or "yes"/"no"). */
  submit(text: string): void;
}

/** Start listening; returns how to stop, or undefined when there is no keypad. */
export function listenToKeypad(option: KeypadOption, hooks: KeypadHooks): (() => void) | undefined {
  if (!option) return undefined;
  const settings = typeof option === 'object' ? option : {};
  const source = settings.source ?? (getJobContext(false)?.room as DtmfSource | undefined);
  if (!source) return undefined;
  const terminator = settings.terminator ?? '#';
  let keys = '';
  const submit = (text: string) => {
    if (!hooks.done()) hooks.submit(text);
  };
  const listener = (_code: number, digit: string) => {
    if (hooks.done()) return;
    if (hooks.awaitingYes() && !keys && (digit === '1' || digit === '2')) return submit(digit === '1' ? 'yes' : 'no');
    if (digit === terminator || digit === '*') {
      const entry = keys;
      keys = '';
      if (digit === terminator && entry) submit(entry);
      return;
    }
    keys += digit;
    if (settings.maxKeys && keys.length >= settings.maxKeys) {
      const entry = keys;
      keys = '';
      submit(entry);
    }
  };
  source.on('dtmfReceived', listener);
  return () => source.off('dtmfReceived', listener);
}
