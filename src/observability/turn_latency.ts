// "End of user turn → first agent audio", per turn. The framework reports it as e2eLatency on the
// assistant message when it knows when the caller stopped speaking (audio sessions); otherwise we
// derive it from the user message's commit time and the agent's speech start.
import type { llm, voice } from '@livekit/agents';

export interface TurnLatency {
  /** Milliseconds from the end of the user's turn to the first agent audio. */
  ms: number;
  source: 'framework' | 'derived';
  /** Agent that answered. */
  agent?: string;
  /** When the user's turn ended (epoch ms). */
  userTurnEndedAt: number;
}

export class TurnLatencyTracker {
  private userTurnEndedAt?: number;

  /** Feed every conversation_item_added item; returns a latency when an agent reply ends a pending user turn. */
  onItem(item: llm.ChatMessage | llm.AgentHandoffItem, agent?: string): TurnLatency | undefined {
    if (item.type !== 'message') return undefined;
    if (item.role === 'user') {
      const stopped = item.metrics?.stoppedSpeakingAt;
      this.userTurnEndedAt = stopped !== undefined ? stopped * 1000 : item.createdAt;
      return undefined;
    }
    if (item.role !== 'assistant' || this.userTurnEndedAt === undefined) return undefined;
    const ended = this.userTurnEndedAt;
    this.userTurnEndedAt = undefined;
    const e2e = item.metrics?.e2eLatency;
    if (e2e !== undefined && Number.isFinite(e2e) && e2e >= 0)
      return { ms: e2e * 1000, source: 'framework', agent, userTurnEndedAt: ended };
    const started =
      item.metrics?.startedSpeakingAt !== undefined ? item.metrics.startedSpeakingAt * 1000 : item.createdAt;
    return { ms: Math.max(0, started - ended), source: 'derived', agent, userTurnEndedAt: ended };
  }
}

/** The compact, storable view of a framework metrics event (undefined for kinds we do not keep). */
export function compactMetrics(m: voice.MetricsCollectedEvent['metrics']): Record<string, unknown> | undefined {
  switch (m.type) {
    case 'llm_metrics':
      return {
        type: 'llm',
        ttftMs: m.ttftMs >= 0 ? m.ttftMs : undefined,
        durationMs: m.durationMs,
        promptTokens: m.promptTokens,
        completionTokens: m.completionTokens,
        cancelled: m.cancelled,
        speechId: m.speechId,
        model: m.metadata?.modelName,
      };
    case 'tts_metrics':
      return {
        type: 'tts',
        ttfbMs: m.ttfbMs >= 0 ? m.ttfbMs : undefined,
        durationMs: m.durationMs,
        audioDurationMs: m.audioDurationMs,
        cancelled: m.cancelled,
        speechId: m.speechId,
        model: m.metadata?.modelName,
      };
    case 'eou_metrics':
      return {
        type: 'eou',
        endOfUtteranceDelayMs: m.endOfUtteranceDelayMs,
        transcriptionDelayMs: m.transcriptionDelayMs,
        onUserTurnCompletedDelayMs: m.onUserTurnCompletedDelayMs,
        speechId: m.speechId,
      };
    case 'stt_metrics':
      return {
        type: 'stt',
        durationMs: m.durationMs,
        audioDurationMs: m.audioDurationMs,
        streamed: m.streamed,
        model: m.metadata?.modelName,
      };
    case 'realtime_model_metrics':
      return {
        type: 'realtime',
        ttftMs: m.ttftMs >= 0 ? m.ttftMs : undefined,
        durationMs: m.durationMs,
        cancelled: m.cancelled,
      };
    default:
      // VAD and detector metrics arrive many times a second and are not per-turn latency.
      return undefined;
  }
}
