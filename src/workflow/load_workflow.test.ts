// The loader finds an app's workflow from what the project says, never from a built-in app.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { defaultWorkflowEntry, loadWorkflow, WorkflowLoadError } from './load_workflow.js';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});
const project = (files: Record<string, string>) => {
  dir = mkdtempSync(join(tmpdir(), 'sb-load-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
};

it('takes the workflow package.json names, else the conventional src/workflow.ts', () => {
  expect(defaultWorkflowEntry(project({ 'package.json': '{"switchboard":{"workflow":"flows/main.ts"}}' }))).toBe(
    'flows/main.ts',
  );
  expect(defaultWorkflowEntry(project({ 'package.json': '{"name":"x"}' }))).toBe('src/workflow.ts');
  expect(defaultWorkflowEntry(project({}))).toBe('src/workflow.ts');
});

it('says how to name a workflow when the module is missing, and never falls back to an app', async () => {
  const cwd = project({});
  const missing = join(cwd, defaultWorkflowEntry(cwd));
  const error = await loadWorkflow(missing).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(WorkflowLoadError);
  expect((error as Error).message).toContain(`No workflow module at ${missing}.`);
  expect((error as Error).message).toContain('"switchboard": { "workflow"');
  expect((error as Error).message).not.toMatch(/support-desk|app\//);
});

it('loads a default-exported workflow factory and refuses a module that exports none', async () => {
  const cwd = project({
    'good.mjs': "export default () => ({ name: 'w', start: 'a', agents: [], edges: [], userData: {} });",
    'bad.mjs': 'export const nothing = 1;',
  });
  expect(await loadWorkflow(join(cwd, 'good.mjs'))).toMatchObject({ name: 'w', start: 'a' });
  await expect(loadWorkflow(join(cwd, 'bad.mjs'))).rejects.toThrowError(/must default-export a workflow/);
});
