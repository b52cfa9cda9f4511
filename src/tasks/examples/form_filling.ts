// The README's form-filling example ("Prebuilt data-capture tasks"): an agent that collects an
// email, a phone number and a date of birth, each read back and open to correction. The part
// between the region markers is quoted in the README verbatim (form_filling.test.ts checks it).
import { llm } from '@livekit/agents';
import { z } from 'zod';
import { defineAgent, defineWorkflow } from '../../workflow/index.js';
import { getDateOfBirth, getEmail, getPhoneNumber, unwrapCapture } from '../index.js';

// #region readme
const Member = z.object({ email: z.string().optional(), phone: z.string().optional(), born: z.string().optional() });
type Member = z.infer<typeof Member>;

const signUp = defineAgent<Member>({
  id: 'sign_up',
  description: 'Signs up new members.',
  instructions: 'You sign up new members over the phone.',
  tools: {
    sign_up: llm.tool({
      description: 'Sign the caller up: takes their email, phone number and date of birth.',
      execute: async (_args, { ctx }: llm.ToolOptions<Member>) => {
        const m = ctx.userData;
        m.email = unwrapCapture(await getEmail().run()); // asks, spells it back, takes corrections
        m.phone = unwrapCapture(await getPhoneNumber().run());
        m.born = unwrapCapture(await getDateOfBirth().run()); // 'YYYY-MM-DD', in the past
        return `Signed up ${m.email}.`;
      },
    }),
  },
  examples: { sign_up: ['I want to sign up', 'I would like to become a member'] },
  canEndCall: true,
});

export const membership = defineWorkflow({
  name: 'membership',
  userData: Member,
  start: 'sign_up',
  agents: [signUp],
  edges: [],
});
// #endregion readme
