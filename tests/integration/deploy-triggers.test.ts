import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { parse } from 'yaml';

/**
 * Every shipped way of starting a rebuild runs deploy/rebuild.sh, from the
 * publishing branch or at 00:05 in Việt Nam, and the CI templates refuse to run
 * without the public address. Each trigger is run here for real, as shipped
 * (its /srv/cong-thong-tin moved to a temporary home), with a stand-in
 * rebuild.sh that records its call; the rebuild itself is tested end to end in
 * tests/browser/publish.test.ts.
 */
let home: string;
const called = () => (existsSync(join(home, 'called')) ? readFileSync(join(home, 'called'), 'utf8') : '');
const shipped = (path: string) => readFileSync(path, 'utf8').replaceAll('/srv/cong-thong-tin', home);
const sh = (script: string, env: Record<string, string>) =>
	spawnSync('sh', ['-c', script], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...env } });

beforeEach(() => {
	home = mkdtempSync(join(tmpdir(), 'portal-triggers-'));
	mkdirSync(join(home, 'repo/deploy'), { recursive: true });
	const stub = join(home, 'repo/deploy/rebuild.sh');
	writeFileSync(stub, `#!/bin/sh\necho "rebuild $*" >> ${join(home, 'called')}\n`);
	chmodSync(stub, 0o755);
});
afterEach(() => rmSync(home, { recursive: true, force: true }));

describe('the post-receive hook', () => {
	const push = (ref: string, newRev = 'b'.repeat(40)) => {
		const bare = join(home, 'cong-thong-tin.git');
		if (!existsSync(bare)) {
			execFileSync('git', ['init', '--quiet', '--bare', bare]);
			execFileSync('git', ['-C', bare, 'config', 'portal.home', home]);
		}
		return spawnSync(resolve('deploy/hooks/post-receive'), [], {
			cwd: bare,
			input: `${'a'.repeat(40)} ${newRev} ${ref}\n`,
			encoding: 'utf8',
		});
	};
	const settled = async () => {
		for (let i = 0; i < 50 && called() === ''; i++) await new Promise((wait) => setTimeout(wait, 100));
	};

	test('rebuilds when the publishing branch moves, and tells the pusher where to look', async () => {
		const result = push('refs/heads/main');
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('/admin/');
		await settled();
		expect(called()).toBe('rebuild \n');
	});

	test.each([
		['another branch', 'refs/heads/cms/news/tin-moi', 'b'.repeat(40)],
		['a tag', 'refs/tags/v1', 'b'.repeat(40)],
		['the branch deleted', 'refs/heads/main', '0'.repeat(40)],
	])('does nothing for %s', async (_name, ref, newRev) => {
		expect(push(ref, newRev).status).toBe(0);
		await new Promise((wait) => setTimeout(wait, 500));
		expect(called()).toBe('');
	});

	test('follows PORTAL_BRANCH from rebuild.env', async () => {
		writeFileSync(join(home, 'rebuild.env'), 'SITE_URL=https://example.gov.vn\nPORTAL_BRANCH=xuat-ban\n');
		push('refs/heads/main');
		push('refs/heads/xuat-ban');
		await settled();
		await new Promise((wait) => setTimeout(wait, 300));
		expect(called()).toBe('rebuild \n');
	});
});

describe('the daily rebuild runs at 00:05 in Việt Nam, on a server kept in UTC', () => {
	test('the cron line goes on at 00 h Việt Nam time and not an hour before', () => {
		const line = shipped('deploy/cron/cong-thong-tin')
			.split('\n')
			.find((entry) => /^\d/u.test(entry))!;
		const [minute, hour, , , , user, ...command] = line.split(' ');
		expect([minute, hour, user]).toEqual(['5', '*', 'cong-thong-tin']);
		// cron turns `\%` into `%`; `date` answers for a fixed instant, in whatever zone the line asks.
		const script = command.join(' ').replaceAll('\\%', '%');
		const shim = join(home, 'bin');
		mkdirSync(shim);
		writeFileSync(join(shim, 'date'), '#!/bin/sh\nexec /bin/date -d "@$FAKE_EPOCH" "$@"\n');
		chmodSync(join(shim, 'date'), 0o755);
		const at = (iso: string) => sh(script, { TZ: 'UTC', PATH: `${shim}:${process.env.PATH}`, FAKE_EPOCH: String(Date.parse(iso) / 1000) });
		at('2026-11-24T16:05:00Z'); // 23:05 in Việt Nam
		expect(called()).toBe('');
		at('2026-11-24T17:05:00Z'); // 00:05 in Việt Nam
		expect(called()).toBe('rebuild \n');
	});

	test('the systemd timer fires at 17:05 UTC', () => {
		const timer = readFileSync('deploy/systemd/cong-thong-tin-rebuild.timer', 'utf8');
		const calendar = /^OnCalendar=(.+)$/mu.exec(timer)![1]!;
		expect(calendar).toBe('*-*-* 00:05:00 Asia/Ho_Chi_Minh');
		const analysis = spawnSync('systemd-analyze', ['calendar', calendar], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
		if (analysis.error) return; // no systemd on this machine: the spelling above is what systemd reads
		expect(analysis.stdout).toMatch(/Next elapse: .* 17:05:00 UTC/u);
	});

	test('the systemd service runs the rebuild script of the checkout', () => {
		const unit = shipped('deploy/systemd/cong-thong-tin-rebuild.service');
		expect(/^ExecStart=(.+)$/mu.exec(unit)![1]).toBe(join(home, 'repo/deploy/rebuild.sh'));
		expect(unit).toMatch(/^Type=oneshot$/mu);
	});
});

describe('the CI templates', () => {
	const forgejo = () => parse(shipped('deploy/ci/forgejo-actions.yml'));
	const gitlab = () => parse(shipped('deploy/ci/gitlab-ci.yml'));

	test('Forgejo/Gitea Actions: on a push to main and at 00:05 in Việt Nam', () => {
		const workflow = forgejo();
		expect(workflow.on.push.branches).toEqual(['main']);
		const [minute, hour] = workflow.on.schedule[0].cron.split(' ').map(Number);
		expect(`${String((hour + 7) % 24).padStart(2, '0')}:${String(minute).padStart(2, '0')}`).toBe('00:05');
	});

	test('GitLab CI: on the default branch (the schedule is set in GitLab, as the file says)', () => {
		expect(gitlab().publish.rules).toEqual([{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' }]);
	});

	test.each([
		['Forgejo/Gitea Actions', () => ({ script: forgejo().jobs.publish.steps.at(-1).run, env: forgejo().jobs.publish.env })],
		['GitLab CI', () => ({ script: gitlab().publish.script.join('\n'), env: gitlab().publish.variables })],
	])('%s: refuses without SITE_URL, else runs the rebuild script', (_name, job) => {
		const { script, env } = job();
		const { PORTAL_HOME } = env as Record<string, string>;
		const refused = sh(`set -e\n${script}`, { PORTAL_HOME: PORTAL_HOME! });
		expect(refused.status).not.toBe(0);
		expect(refused.stdout).toContain('SITE_URL');
		expect(called()).toBe('');
		const ran = sh(`set -e\n${script}`, { PORTAL_HOME: PORTAL_HOME!, SITE_URL: 'https://phongchongmatuy.example.gov.vn' });
		expect(ran.status, ran.stderr).toBe(0);
		expect(called()).toBe('rebuild \n');
	});
});

describe('the rebuild script', () => {
	test.each([
		['no address', {}],
		['a loopback address', { SITE_URL: 'http://localhost:4321' }],
	])('refuses to build for %s, and records why where the admin reads it', (_name, env) => {
		const run = spawnSync(resolve('deploy/rebuild.sh'), [], {
			encoding: 'utf8',
			env: { PATH: process.env.PATH ?? '', PORTAL_HOME: home, ...env },
		});
		expect(run.status).not.toBe(0);
		const status = JSON.parse(readFileSync(join(home, 'status/trang-thai.json'), 'utf8'));
		expect(status.live).toBeUndefined();
		expect(status.lastAttempt).toMatchObject({ state: 'failed', step: 'config' });
		expect(status.lastAttempt.error).toMatch(/^SITE_URL /u);
		expect(called()).toBe('');
	});
});
