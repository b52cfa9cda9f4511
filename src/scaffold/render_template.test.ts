import { sep } from 'node:path';
import { expect, it } from 'vitest';
import { fillPlaceholders, outputPath, TemplateError } from './render_template.js';

const values = { values: { name: 'desk' }, range: (pkg: string) => (pkg === 'zod' ? '^3.25.0' : undefined) };

it('fills names and dependency ranges', () => {
  expect(fillPlaceholders('{"name": "{{name}}", "zod": "{{range:zod}}"}', values, 'package.json')).toBe(
    '{"name": "desk", "zod": "^3.25.0"}',
  );
});

it('leaves Mermaid hexagons and other braces alone', () => {
  expect(fillPlaceholders('human{{"👤 human"}} {{ x }}', values, 'README.md')).toBe('human{{"👤 human"}} {{ x }}');
});

it('names the file and placeholder that have no value', () => {
  expect(() => fillPlaceholders('{{title}}', values, 'README.md')).toThrow(TemplateError);
  expect(() => fillPlaceholders('{{title}}', values, 'README.md')).toThrow('Template file README.md uses {{title}}');
  expect(() => fillPlaceholders('{{range:left-pad}}', values, 'package.json')).toThrow(/\{\{range:left-pad\}\}/);
});

it('restores dotfiles that npm would drop from the package', () => {
  expect(outputPath('_npmrc')).toBe('.npmrc');
  expect(outputPath(['test', '_gitignore'].join(sep))).toBe(['test', '.gitignore'].join(sep));
  expect(outputPath(['src', 'workflow.ts'].join(sep))).toBe(['src', 'workflow.ts'].join(sep));
});
