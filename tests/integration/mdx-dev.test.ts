import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { routes } from '../../src/lib/routes';
import { createFixtureSite, type FixtureSite } from '../helpers/fixture-site';
import { freePort } from '../helpers/ports';

/**
 * The MDX subset holds under `astro dev` too (`npm run cms` and `npm run dev`
 * run it on an editor's machine): a plan text carrying code is refused naming
 * file and line, and the code never runs. Two guards stand here (the content
 * check, which runs the subset over plan texts first, and the MDX plugin), so
 * removing either alone leaves this test green: each has tests of its own.
 */
let site: FixtureSite;
let server: ChildProcess;
let origin: string;
let log = '';
/** Where the attack stands in the plan text, as `file:line`. */
let attackAt = '';

const planTexts = 'content/plan-texts';
const sideEffectName = 'da-chay-ma-dev.txt';

beforeAll(async () => {
	site = createFixtureSite();
	// The first plan text of whatever content the copy holds: a file is named after its plan.
	const fileName = readdirSync(join(site.root, planTexts)).find((name) => name.endsWith('.mdx'));
	if (!fileName) throw new Error('the content has no plan text');
	const file = `${planTexts}/${fileName}`;
	const original = readFileSync(join(site.root, file), 'utf8');
	const sideEffect = join(site.root, sideEffectName);
	const attack = `<div data-x={globalThis.process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(sideEffect)}, 'x')} />`;
	// Placed after the first heading, so its line is known.
	const lines = original.split('\n');
	const heading = lines.findIndex((line) => line.startsWith('#'));
	lines.splice(heading + 1, 0, '', attack);
	attackAt = `${file}:${heading + 3}`;
	site.write({ [file]: lines.join('\n') });

	const port = await freePort();
	origin = `http://127.0.0.1:${port}`;
	server = spawn(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)], {
		cwd: site.root,
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_DEV_BACKGROUND: '0' },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	server.stdout?.on('data', (chunk) => (log += chunk));
	server.stderr?.on('data', (chunk) => (log += chunk));
	const until = Date.now() + 90_000;
	while (Date.now() < until) {
		try {
			await fetch(origin);
			return;
		} catch {
			await new Promise((wait) => setTimeout(wait, 500));
		}
	}
	throw new Error(`astro dev did not answer:\n${log}`);
}, 120_000);

afterAll(() => {
	server?.kill('SIGTERM');
	site?.remove();
});

test('a plan text with an attribute expression is refused by the dev server, naming file and line, and never runs', async () => {
	const fileName = readdirSync(join(site.root, planTexts)).find((name) => name.endsWith('.mdx')) ?? '';
	const planId = fileName.replace(/\.mdx$/u, '');
	const response = await fetch(`${origin}${routes.plan(planId)}`);
	const page = await response.text();
	expect(response.ok).toBe(false);
	const shown = `${page}\n${log}`;
	expect(shown).toContain(attackAt);
	expect(shown).toMatch(/thuộc tính data-x của &lt;div&gt;|thuộc tính data-x của <div>/u);
	expect(existsSync(join(site.root, sideEffectName))).toBe(false);
}, 120_000);
