import { llm } from '@livekit/agents';
import { z } from 'zod';
import { TIMELINES, type SalesUserData } from '../userdata.js';

/** Smallest team the sales team works with; smaller teams start on the self-serve trial. */
export const MIN_TEAM_SIZE = 3;

export function qualifyLeadTool() {
  return llm.tool({
    description: 'Record the team size and buying timeline, and decide whether the lead is a fit for a demo now.',
    parameters: z.object({
      team_size: z.number().int().describe('How many people would use Relay.'),
      timeline: z
        .enum(TIMELINES)
        .describe(
          'When they want to start: this_month (right away, asap, now, next few weeks), this_quarter (this quarter, next month, in a couple of months), this_year (later this year, in six months), or just_looking (just looking, researching, no plans, not sure yet).',
        ),
      use_case: z.string().optional().describe('What they want to use Relay for, in their words.'),
    }),
    execute: async ({ team_size, timeline, use_case }, { ctx }: llm.ToolOptions<SalesUserData>) => {
      if (team_size < 1 || team_size > 100_000) {
        throw new llm.ToolError(`A team of ${team_size} does not sound right. Ask how many people would use Relay.`);
      }
      const userData = ctx.userData;
      userData.teamSize = team_size;
      userData.timeline = timeline;
      if (use_case) userData.useCase = use_case;
      if (team_size < MIN_TEAM_SIZE) {
        userData.qualified = false;
        userData.disqualifyReason = `a team of ${team_size} is best served by the free self-serve trial`;
      } else if (timeline === 'just_looking') {
        userData.qualified = false;
        userData.disqualifyReason = 'they are not planning to buy yet';
      } else {
        userData.qualified = true;
        delete userData.disqualifyReason;
        return `Great, a team of ${team_size} starting ${timeline.replace(/_/g, ' ')} is a good fit. A short demo is the best next step.`;
      }
      return `Thanks for telling me. Right now ${userData.disqualifyReason}, so a follow-up is the best next step.`;
    },
  });
}
