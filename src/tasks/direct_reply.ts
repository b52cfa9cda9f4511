// Replies a capture task decides without the model (a question, a read-back, a tool call), streamed in
// the shape the LLM node streams.
import { llm } from '@livekit/agents';
import { randomUUID } from 'node:crypto';
import { ReadableStream } from 'node:stream/web';

export type DirectReply = { say: string } | { call: string; args: Record<string, unknown> };

/** A reply decided without the model, in the shape the LLM node streams. */
export function directStream(reply: DirectReply): ReadableStream<llm.ChatChunk | string> {
  return new ReadableStream<llm.ChatChunk | string>({
    start(controller) {
      if ('say' in reply) controller.enqueue(reply.say);
      else
        controller.enqueue({
          id: `capture_${randomUUID().slice(0, 8)}`,
          delta: {
            role: 'assistant',
            toolCalls: [
              llm.FunctionCall.create({
                callId: `capture_${randomUUID().slice(0, 8)}`,
                name: reply.call,
                args: JSON.stringify(reply.args),
              }),
            ],
          },
        });
      controller.close();
    },
  });
}

/** Successful string results reach the chat JSON-encoded; speak the text. */
export function toolText(output: string): string {
  try {
    const value = JSON.parse(output) as unknown;
    if (typeof value === 'string') return value;
  } catch {
    // Plain text already.
  }
  return output;
}
