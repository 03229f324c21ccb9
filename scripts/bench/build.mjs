import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Peak resident memory (VmHWM) of a process and its children, in bytes, read from /proc. */
function peakMemory(pid) {
	let total = 0;
	const children = new Map();
	for (const entry of readdirSync('/proc').filter((name) => /^\d+$/u.test(name))) {
		try {
			const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
			const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
			children.set(Number(entry), parent);
		} catch {
			// The process ended while we looked.
		}
	}
	const tree = [pid];
	for (let i = 0; i < tree.length; i += 1) for (const [child, parent] of children) if (parent === tree[i]) tree.push(child);
	for (const member of tree) {
		try {
			const hwm = /VmHWM:\s+(\d+) kB/u.exec(readFileSync(`/proc/${member}/status`, 'utf8'));
			total += hwm ? Number(hwm[1]) * 1024 : 0;
		} catch {
			// Gone already.
		}
	}
	return total;
}

/**
 * Runs `astro build` in `cwd` with the Node that runs this script, and
 * measures wall-clock time and peak memory (sampled every 100 ms; VmHWM only
 * grows, so the last sample before exit is the peak).
 */
export function measureBuild(cwd, env = {}) {
	return new Promise((resolveRun) => {
		const started = process.hrtime.bigint();
		const child = spawn(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
			cwd,
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		let peak = 0;
		const timer = setInterval(() => {
			peak = Math.max(peak, peakMemory(child.pid));
		}, 100);
		child.on('exit', (code) => {
			clearInterval(timer);
			const seconds = Number(process.hrtime.bigint() - started) / 1e9;
			resolveRun({ ok: code === 0, seconds, peakBytes: peak, output });
		});
	});
}
