import { llm } from '@livekit/agents';
import { joinWords } from 'switchboard/spoken';
import { z } from 'zod';
import type { TroubleshootingScript } from '../api/index.js';
import type { SupportUserData } from '../userdata.js';
import type { DeskDeps } from './deps.js';
import { recordAction } from './actions_taken.js';
import { containsPhrase, matchByAlias, normalizeWords } from './matching.js';

export const troubleshootingParams = z.object({
  product: z
    .string()
    .describe(
      'The device with the problem, in the caller’s words: router, wifi, modem, TV box, phone, and so on. Wi-Fi and internet problems are router problems.',
    ),
  symptom: z
    .string()
    .describe(
      'What is wrong, in the caller’s words, for example "no internet", "very slow", "no picture" or "no signal".',
    ),
  step: z
    .number()
    .int()
    .min(1)
    .optional()
    .describe(
      'Which step to give: leave out (or 1) to start; after the caller tried a step without success, the previous step number plus one.',
    ),
});

/** The script whose keywords best cover what the caller said; undefined when nothing fits. */
export function matchSymptom(said: string, scripts: TroubleshootingScript[]): TroubleshootingScript | undefined {
  const words = new Set(normalizeWords(said).split(' '));
  let best: { script: TroubleshootingScript; score: number } | undefined;
  for (const script of scripts) {
    let score = 0;
    for (const keyword of [...script.keywords, script.label]) {
      // A whole keyword phrase counts more than a single shared word.
      if (containsPhrase(said, keyword)) score += 2 * normalizeWords(keyword).split(' ').length;
    }
    for (const w of normalizeWords(script.label).split(' ')) if (w.length > 3 && words.has(w)) score += 1;
    if (score > 0 && (!best || score > best.score)) best = { script, score };
  }
  return best?.script;
}

export function runTroubleshootingStepTool(deps: DeskDeps) {
  return llm.tool({
    description:
      'Get the next scripted troubleshooting step for a device and symptom. Give the caller one step at a time; when they have tried it and it did not help, call again with the next step number.',
    parameters: troubleshootingParams,
    execute: async ({ product, symptom, step }, { ctx }: llm.ToolOptions<SupportUserData>) => {
      const products = deps.store.listProducts();
      const device = matchByAlias(product, products);
      if (!device) {
        throw new llm.ToolError(
          `I have troubleshooting guides for the ${joinWords(products.map((p) => p.label))}, not for "${product}". Ask the caller which device has the problem.`,
        );
      }
      const scripts = deps.store.scriptsFor(device.id);
      const script = matchSymptom(symptom, scripts);
      if (!script) {
        throw new llm.ToolError(
          `I have no ${device.label} guide for "${symptom}". The ${device.label} guides cover ${joinWords(scripts.map((s) => s.label))}. Ask the caller which one fits best.`,
        );
      }
      const n = step ?? 1;
      const total = script.steps.length;
      if (n > total) {
        throw new llm.ToolError(
          `All ${total} steps of the ${device.label} guide for ${script.label} have been tried. Offer to create a ticket for a technician, or to bring in a human colleague.`,
        );
      }
      const userData = ctx.userData;
      recordAction(userData, `${device.label}, ${script.label}: gave step ${n} of ${total}.`);
      const instruction = script.steps[n - 1]!;
      const after = n === total ? 'This is the last step in the guide.' : 'Let me know whether that helped.';
      return `Step ${n} of ${total} for ${script.label} on the ${device.label}: ${instruction} ${after}`;
    },
  });
}
