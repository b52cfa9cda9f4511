import { llm } from '@livekit/agents';
import { z } from 'zod';
import type { NimbusApi } from '../api/nimbus.js';

export function serviceStatusTool(api: NimbusApi) {
  return llm.tool({
    description: 'Check the live status of a Nimbus Cloud service (API, dashboard, databases, storage or email).',
    parameters: z.object({
      service: z.string().describe('The affected service, for example "database" or "dashboard".'),
    }),
    execute: async ({ service }) => {
      const found = api.service(service);
      if (!found) {
        throw new llm.ToolError(
          `I do not know a service called "${service}". Ask which one it is: ${api.serviceNames().join(', ')}.`,
        );
      }
      if (found.state === 'operational') {
        return `The ${found.label} is fully operational. What error do you see, and when did it start?`;
      }
      return `The ${found.label} is ${found.state}: ${found.note ?? 'engineers are on it'}.`;
    },
  });
}
