import { llm } from '@livekit/agents';
import { speakDate } from 'switchboard/spoken';
import { z } from 'zod';
import type { ClaimsApi } from '../api/claims.js';
import type { IntakeUserData } from '../userdata.js';
import { stillMissing } from './form.js';

export function reviewClaimTool() {
  return llm.tool({
    description: 'Read the whole claim form back to the caller before submitting it.',
    parameters: z.object({}),
    execute: async (_args, { ctx }: llm.ToolOptions<IntakeUserData>) => {
      const u = ctx.userData;
      if (!u.fullName || !u.phone || !u.incidentType || !u.incidentDate || !u.description) {
        throw new llm.ToolError(`The form is not complete. ${stillMissing(u)} Transfer back to data collection.`);
      }
      return `${u.fullName}, phone ${u.phone}: a ${u.incidentType} incident on ${speakDate(u.incidentDate)}. "${u.description}". Is everything right?`;
    },
  });
}

export function submitClaimTool(claims: ClaimsApi) {
  return llm.tool({
    description: 'File the claim, once the caller has confirmed the details are right.',
    parameters: z.object({}),
    execute: async (_args, { ctx }: llm.ToolOptions<IntakeUserData>) => {
      const u = ctx.userData;
      if (u.claimId) throw new llm.ToolError(`Claim ${u.claimId} is already filed. Give the caller that number again.`);
      if (!u.policyNumber || !u.phone || !u.incidentType || !u.incidentDate || !u.description) {
        throw new llm.ToolError(`The form is not complete. ${stillMissing(u)} Transfer back to data collection.`);
      }
      const claim = claims.submit({
        policyNumber: u.policyNumber,
        incidentType: u.incidentType,
        incidentDate: u.incidentDate,
        description: u.description,
        phone: u.phone,
      });
      u.claimId = claim.id;
      return `Your claim is filed as ${claim.id}. An adjuster will call ${u.phone} within one business day.`;
    },
  });
}
