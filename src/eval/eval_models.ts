// Which models an eval uses: the agents' model (`--llm local|env`), the judges' (EVAL_JUDGE_LLM,
// else the agents' model when it is a real one) and the simulated caller's (EVAL_CALLER_LLM, same
// default). The offline policy can neither judge nor play a caller, so offline those are absent.
import { llm } from '@livekit/agents';
import { LocalPolicyLLM } from '../policy/index.js';
import { providersFromEnv, type Env } from '../providers/from_env.js';

export interface EvalModels {
  /** The agents' model: an instance, or a LiveKit inference model string. */
  session: llm.LLM | string;
  /** A new agents' model for each call, when the model keeps per-call state (the offline policy's memory of the call). */
  perCall?: () => llm.LLM;
  sessionLabel: string;
  judge?: llm.LLM;
  judgeLabel?: string;
  caller?: llm.LLM;
  callerLabel?: string;
}

const OFF = /^(?:off|none|local|no|false|0)$/i;

/** A model named by an EVAL_*_LLM variable, with the same provider settings as the app (key, base URL). */
function namedModel(env: Env, value: string): { model?: llm.LLM; label: string } {
  if (OFF.test(value.trim())) return { label: 'off' };
  const chosen = providersFromEnv({ ...env, LLM_MODEL: value.trim() }, { localLlm: () => new LocalPolicyLLM() }).llm;
  if (chosen.offline || !(chosen.model instanceof llm.LLM))
    return { label: `${value} (no usable model: ${chosen.label})` };
  return { model: chosen.model, label: chosen.label };
}

export function chooseEvalModels(mode: 'local' | 'env', env: Env = process.env): EvalModels {
  let session: llm.LLM | string;
  let sessionLabel: string;
  let real: llm.LLM | undefined;
  let perCall: (() => llm.LLM) | undefined;
  if (mode === 'local') {
    session = new LocalPolicyLLM();
    // One per call, as the worker does: the policy remembers what the caller said this call.
    perCall = () => new LocalPolicyLLM();
    sessionLabel = 'local rule-based policy (offline)';
  } else {
    const chosen = providersFromEnv(env, { localLlm: () => new LocalPolicyLLM() }).llm;
    if (!chosen.model) throw new Error(`--llm env: no LLM is configured (${chosen.label}).`);
    session = chosen.model;
    sessionLabel = chosen.label;
    if (!chosen.offline && chosen.model instanceof llm.LLM) real = chosen.model;
  }
  const pick = (value: string | undefined) =>
    value?.trim()
      ? namedModel(env, value)
      : real
        ? { model: real, label: `${sessionLabel} (the agents' model)` }
        : undefined;
  const judge = pick(env.EVAL_JUDGE_LLM);
  const caller = pick(env.EVAL_CALLER_LLM);
  return {
    session,
    perCall,
    sessionLabel,
    judge: judge?.model,
    judgeLabel: judge?.label,
    caller: caller?.model,
    callerLabel: caller?.label,
  };
}
