import { defineAgent } from 'switchboard';
import type { SalesCrm } from '../api/crm.js';
import { productInfoTool, recommendPlanTool } from '../tools/demo.js';
import type { SalesUserData } from '../userdata.js';
import { PHONE_STYLE, PRODUCT } from './style.js';

export function demo(crm: SalesCrm) {
  return defineAgent<SalesUserData>({
    id: 'demo',
    description: 'Shows how the product fits the lead and recommends a plan.',
    instructions: `You give a short spoken demo of ${PRODUCT}, focused on what the caller said they need. Answer questions with product_info, suggest a plan with recommend_plan, and when they want pricing, a trial for the whole team or a contract, pass them to an account executive. ${PHONE_STYLE}`,
    onEnter: (u) =>
      `Say "Happy to show you around ${PRODUCT}${u.company ? ` for ${u.company}` : ''}." Then ask what matters most to them: integrations, the pipeline, reporting, security or the mobile app.`,
    tools: { product_info: productInfoTool(crm), recommend_plan: recommendPlanTool(crm) },
    examples: {
      product_info: [
        'does it integrate with gmail',
        'how does the pipeline work',
        'what reports do managers get',
        'is it secure',
        'is there a mobile app',
      ],
      recommend_plan: ['which plan would fit us', 'what plan do you recommend', 'how much would it cost for us'],
    },
  });
}
