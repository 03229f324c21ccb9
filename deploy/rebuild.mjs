/**
 * Rebuilds the portal and publishes it, all or nothing; deploy/rebuild.sh runs
 * it under a lock. Every way of triggering a rebuild (the post-receive hook,
 * the CI templates, the daily timer and cron line) ends here.
 *
 *   1. fetch the publishing branch and check out its tip (or the commit given);
 *   2. reinstall only when package-lock.json changed since the last install;
 *   3. build with the public address (SITE_URL; a loopback address is refused)
 *      and Astro's cache kept in $PORTAL_HOME/cache, outside node_modules;
 *   4. move dist/ into releases/ and swap the `current` symlink atomically;
 *   5. record what is live and what this attempt did in status/trang-thai.json,
 *      outside the release (nginx serves it at /admin/trang-thai.json).
 *
 * A failure at any step leaves `current` as it was and records the step and its
 * first error, which the admin page shows the editor.
 *
 * Layout of $PORTAL_HOME (default /srv/cong-thong-tin):
 *   repo/       a clone of the repository, checked out at the built commit
 *   releases/   one folder per published build (the newest five are kept)
 *   current     symlink to the release nginx serves
 *   status/     trang-thai.json, the record
 *   cache/      Astro's build cache, kept between runs
 *   state/      the lock and the hash of the last installed package-lock.json
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { firstError, nextStatus, siteUrlProblem, vietnamIso } from './rebuild-steps.mjs';

const home = process.env.PORTAL_HOME ?? '/srv/cong-thong-tin';
const branch = process.env.PORTAL_BRANCH ?? 'main';
const keepReleases = Number(process.env.PORTAL_KEEP_RELEASES ?? '5');
const repo = join(home, 'repo');
const paths = {
	status: join(home, 'status', 'trang-thai.json'),
	releases: join(home, 'releases'),
	current: join(home, 'current'),
	cache: join(home, 'cache'),
	installedLock: join(home, 'state', 'installed-lock.sha256'),
};

const log = (message) => console.log(`[dựng lại] ${message}`);

/** Seconds each step took, logged at the end: where an editor's wait goes. */
const timings = [];
async function timed(step, work) {
	const started = performance.now();
	try {
		return await work();
	} finally {
		timings.push(`${step} ${((performance.now() - started) / 1000).toFixed(1)} s`);
	}
}

/** A step that failed, with the first error of its output. */
class StepError extends Error {
	constructor(step, detail) {
		super(detail);
		this.step = step;
	}
}

/** Runs a command in the clone, its output passed through and kept; a failure is a StepError of `step`. */
function run(step, command, args, env = process.env) {
	return new Promise((resolveRun, reject) => {
		const child = spawn(command, args, { cwd: repo, env, stdio: ['ignore', 'pipe', 'pipe'] });
		const chunks = [];
		child.stdout.on('data', (chunk) => {
			chunks.push(chunk);
			process.stdout.write(chunk);
		});
		child.stderr.on('data', (chunk) => {
			chunks.push(chunk);
			process.stderr.write(chunk);
		});
		child.once('error', (error) => reject(new StepError(step, `${command}: ${error.message}`)));
		child.once('close', (code) => {
			const output = Buffer.concat(chunks).toString('utf8');
			if (code === 0) resolveRun(output);
			else reject(new StepError(step, firstError(output)));
		});
	});
}

function readStatus() {
	try {
		return JSON.parse(readFileSync(paths.status, 'utf8'));
	} catch {
		return undefined;
	}
}

/** Replaces the record in one rename, so nginx never serves half a file. */
function writeStatus(attempt) {
	mkdirSync(join(home, 'status'), { recursive: true });
	const next = `${paths.status}.next`;
	writeFileSync(next, `${JSON.stringify(nextStatus(readStatus(), attempt), null, '\t')}\n`);
	renameSync(next, paths.status);
}

const sha256 = (file) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** `npm ci` only when package-lock.json differs from the last install (or nothing is installed). */
async function installIfLockChanged() {
	const lock = sha256(join(repo, 'package-lock.json'));
	const installed = existsSync(paths.installedLock) ? readFileSync(paths.installedLock, 'utf8').trim() : '';
	if (installed === lock && existsSync(join(repo, 'node_modules'))) {
		log('package-lock.json không đổi: không cài lại thư viện.');
		return;
	}
	log('package-lock.json đã đổi: cài lại thư viện (npm ci).');
	rmSync(paths.installedLock, { force: true });
	await run('install', 'npm', ['ci', '--no-audit', '--no-fund']);
	mkdirSync(join(home, 'state'), { recursive: true });
	writeFileSync(paths.installedLock, `${lock}\n`);
}

/** Moves the build into releases/ and points `current` at it with one rename. */
function publish(commit) {
	mkdirSync(paths.releases, { recursive: true });
	const stamp = new Date().toISOString().replace(/[-:.]/gu, '');
	const release = join(paths.releases, `${stamp}-${commit.slice(0, 12)}`);
	renameSync(join(repo, 'dist'), release);
	const next = `${paths.current}.next`;
	rmSync(next, { force: true });
	symlinkSync(release, next);
	renameSync(next, paths.current);
	// Older releases to roll back to (point `current` at one); the names sort by time.
	const releases = readdirSync(paths.releases).sort();
	for (const old of releases.slice(0, Math.max(0, releases.length - keepReleases)))
		rmSync(join(paths.releases, old), { recursive: true, force: true });
	return release;
}

let attempt = { commit: 'chưa rõ', subject: 'chưa rõ', time: vietnamIso(new Date()), state: 'running' };
try {
	const problem = siteUrlProblem(process.env.SITE_URL);
	if (problem) throw new StepError('config', problem);
	const { commit, subject } = await timed('fetch', async () => {
		await run('fetch', 'git', ['fetch', '--quiet', 'origin', `+refs/heads/${branch}:refs/remotes/origin/${branch}`]);
		// The branch's tip by default: when pushes queue up behind the lock, the last one wins.
		const tip = (await run('fetch', 'git', ['rev-parse', '--verify', `${process.argv[2] ?? `origin/${branch}`}^{commit}`])).trim();
		return { commit: tip, subject: (await run('fetch', 'git', ['log', '-1', '--format=%s', tip])).trim() };
	});
	attempt = { commit, subject, time: vietnamIso(new Date()), state: 'running' };
	writeStatus(attempt);
	log(`Dựng ${commit.slice(0, 12)} “${subject}” cho ${process.env.SITE_URL}`);
	await timed('checkout', async () => {
		await run('fetch', 'git', ['checkout', '--quiet', '--force', '--detach', commit]);
		await run('fetch', 'git', ['clean', '-ffdxq', '-e', '/node_modules']);
	});
	await timed('install', installIfLockChanged);
	await timed('build', () =>
		run('build', 'npm', ['run', 'build'], { ...process.env, PORTAL_CACHE_DIR: paths.cache, ASTRO_TELEMETRY_DISABLED: '1' }),
	);
	let release;
	try {
		release = await timed('publish', () => publish(commit));
	} catch (error) {
		throw new StepError('publish', error.message);
	}
	attempt = { ...attempt, time: vietnamIso(new Date()), state: 'ok' };
	writeStatus(attempt);
	log(`Đã đăng ${release}`);
} catch (error) {
	const step = error instanceof StepError ? error.step : 'publish';
	attempt = { ...attempt, time: vietnamIso(new Date()), state: 'failed', step, error: error.message };
	writeStatus(attempt);
	console.error(`[dựng lại] Không đăng được (${step}): ${error.message}. Trang vẫn giữ bản đang chạy.`);
	process.exitCode = 1;
} finally {
	log(`Thời gian từng bước: ${timings.join(', ')}.`);
}
