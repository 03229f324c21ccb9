import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { freePort } from './ports';

/** `npm run cms` running over a folder: its admin address, what it printed, and how to stop it. */
export interface LocalCms {
	/** The address scripts/cms.mjs prints for the editor to open. */
	adminUrl: string;
	/** Everything it printed so far (both servers), for failure messages. */
	output: () => string;
	stop: () => Promise<void>;
}

/**
 * Runs scripts/cms.mjs (astro dev + decap-server) in `root` on free ports of
 * 127.0.0.1, and resolves once it prints the admin address, as the editor reads
 * it in the terminal. It runs in a process group of its own, stopped as one.
 */
export async function startLocalCms(root: string, timeoutMs = 120_000): Promise<LocalCms> {
	const [site, cms] = [await freePort(), await freePort()];
	// As from an editor's terminal: no shared cache folder, and none of Vitest's variables (under
	// NODE_ENV=test, astro dev answers /admin/ with a 404).
	const env = Object.fromEntries(
		Object.entries(process.env).filter(([name]) => !['PORTAL_CACHE_DIR', 'NODE_ENV', 'TEST'].includes(name) && !name.startsWith('VITEST')),
	);
	const child = spawn(process.execPath, [resolve('scripts/cms.mjs')], {
		cwd: root,
		env: { ...env, PORT: String(site), CMS_PORT: String(cms), ASTRO_TELEMETRY_DISABLED: '1' },
		stdio: ['ignore', 'pipe', 'pipe'],
		detached: true,
	});
	let output = '';
	const exited = new Promise<void>((done) => child.once('exit', () => done()));
	const adminUrl = await new Promise<string>((ready, fail) => {
		const timer = setTimeout(() => fail(new Error(`npm run cms không in địa chỉ trong ${timeoutMs} ms:\n${output}`)), timeoutMs);
		const read = (chunk: Buffer) => {
			output += chunk.toString();
			const address = /Trang quản trị: (http:\/\/127\.0\.0\.1:\d+\/admin\/)/u.exec(output)?.[1];
			if (address) {
				clearTimeout(timer);
				ready(address);
			}
		};
		child.stdout.on('data', read);
		child.stderr.on('data', read);
		void exited.then(() => fail(new Error(`npm run cms dừng:\n${output}`)));
	});
	return {
		adminUrl,
		output: () => output,
		stop: async () => {
			if (child.exitCode === null && child.pid) process.kill(-child.pid, 'SIGTERM');
			await exited;
		},
	};
}
