#!/usr/bin/env node
/**
 * `npm test`: provisions the browser, nginx and LibreOffice, type-checks and builds the site once, then runs every
 * suite (unit, built site, browser) in one Vitest run. TZ=UTC is set by the npm
 * script, so no date helper passes only because the machine is in Việt Nam.
 */
import { spawnSync } from 'node:child_process';
import { delimiter, resolve } from 'node:path';
import { provisionChromium, provisionLibreOffice, provisionNginx } from './lib/provision.mjs';

// The project's own binaries (Node 24, astro, vitest) come first, as under npm.
process.env.PATH = `${resolve('node_modules/.bin')}${delimiter}${process.env.PATH}`;

function run(command, args, env = {}) {
	const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
	if (result.status !== 0) process.exit(result.status ?? 1);
}

if (process.env.TZ !== 'UTC') {
	console.error('npm test chạy với TZ=UTC (đặt trong package.json). Hãy chạy bằng "npm test".');
	process.exit(1);
}

process.env.CHROME_PATH = provisionChromium();
process.env.NGINX_PATH = provisionNginx();
process.env.SOFFICE_PATH = provisionLibreOffice();
console.log(`[test] Chromium: ${process.env.CHROME_PATH}; nginx: ${process.env.NGINX_PATH}; LibreOffice: ${process.env.SOFFICE_PATH}`);

// The guards first, a few seconds together: the format ("npm run format" mends it), the import
// rules of the layout (.dependency-cruiser.cjs), and unused files, exports and dependencies
// (knip.jsonc; --production leaves the tests out, so code only tests use is found too).
run('prettier', ['--check', '--log-level', 'warn', '.']);
run('node', ['scripts/depcruise.mjs']);
run('knip', ['--no-config-hints']);
run('knip', ['--production', '--no-config-hints']);
if (process.env.SKIP_BUILD !== '1') {
	run('astro', ['check']);
	run('astro', ['build']);
}
run('vitest', ['run', ...process.argv.slice(2)]);
