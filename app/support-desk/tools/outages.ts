import { llm } from '@livekit/agents';
import { joinWords, roughDuration } from 'switchboard/spoken';
import { z } from 'zod';
import type { Outage, Service } from '../api/index.js';
import type { SupportUserData } from '../userdata.js';
import type { DeskDeps } from './deps.js';
import { recordAction } from './actions_taken.js';
import { matchByAlias, matchName } from './matching.js';

export const checkOutageParams = z.object({
  service: z
    .string()
    .describe('The service that is not working, in the caller’s words: internet, TV, mobile, or home phone.'),
  region: z
    .string()
    .optional()
    .describe(
      'The town or area the caller is in, for example "Springfield". Leave it out to use the verified customer’s area, or to check every area.',
    ),
});

function describeOutage(o: Outage, service: Service, now: Date): string {
  const started = `It started ${roughDuration(now.getTime() - new Date(o.startedAt).getTime())} ago`;
  const eta = o.eta
    ? new Date(o.eta) > now
      ? ` and engineers expect it fixed in ${roughDuration(new Date(o.eta).getTime() - now.getTime())}.`
      : ', and the repair is taking longer than planned; there is no new estimate yet.'
    : ', and there is no repair estimate yet.';
  return `There is a ${service.label} outage in ${o.region}: ${o.summary}. ${started}${eta}`;
}

export function checkOutageTool(deps: DeskDeps) {
  return llm.tool({
    description:
      'Check for a known service outage (internet, TV, mobile or home phone), optionally in the caller’s area. Use before troubleshooting when a service stopped working.',
    parameters: checkOutageParams,
    execute: async ({ service, region }, { ctx }: llm.ToolOptions<SupportUserData>) => {
      const services = deps.store.listServices();
      const svc = matchByAlias(service, services);
      if (!svc) {
        throw new llm.ToolError(
          `I can check outages for ${joinWords(services.map((s) => s.label))}, but not for "${service}". Ask the caller which of these is affected.`,
        );
      }
      const userData = ctx.userData;
      let area: string | undefined;
      if (region?.trim()) {
        const regions = deps.store.listRegions();
        area = matchName(region, regions);
        if (!area) {
          throw new llm.ToolError(
            `We have no service area called "${region.trim()}". Our areas are ${joinWords(regions)}. Ask the caller which one they are in.`,
          );
        }
      } else if (userData.customerId) {
        area = deps.store.getCustomer(userData.customerId)?.region;
      }
      const now = deps.now();
      const outages = deps.store.activeOutages(svc.id, area);
      const note = `Outage check for ${svc.label}${area ? ` in ${area}` : ''}: ${outages.length > 0 ? 'active outage' : 'none'}.`;
      recordAction(userData, note);
      if (outages.length === 0) {
        return area
          ? `There is no known ${svc.label} outage in ${area} right now, so the problem is most likely with the equipment at home.`
          : `There are no known ${svc.label} outages anywhere right now, so the problem is most likely with the equipment at home.`;
      }
      return outages.map((o) => describeOutage(o, svc, now)).join(' ');
    },
  });
}
