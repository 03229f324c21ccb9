import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
	chmodSync,
	copyFileSync,
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BuildStatus } from '../../src/lib/build-status';
import { PROJECT_FILES, writeFiles } from './fixture-site';
import { startShippedServer, type NginxServer } from './nginx';

/** What a deployment's repository holds besides the site: the lock file and the shipped deploy kit. */
const REPOSITORY_FILES = [...PROJECT_FILES, 'deploy', 'package-lock.json', '.gitignore', '.nvmrc'];

/** Who commits in the tests (CI machines may have no git identity). */
const IDENTITY = {
	GIT_AUTHOR_NAME: 'Biên tập viên thử',
	GIT_AUTHOR_EMAIL: 'bien-tap@example.invalid',
	GIT_COMMITTER_NAME: 'Biên tập viên thử',
	GIT_COMMITTER_EMAIL: 'bien-tap@example.invalid',
};

/** Runs git; throws with its output when it fails. */
export function git(cwd: string, ...args: string[]): string {
	return execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...IDENTITY }, stdio: ['ignore', 'pipe', 'pipe'] });
}

/**
 * A repository of the portal as a locality keeps it: the project's code, the
 * shipped deploy kit and the content of `contentFrom`, one commit on `main`.
 */
export function createProjectRepository(dir: string, contentFrom = 'content'): string {
	mkdirSync(dir, { recursive: true });
	for (const file of REPOSITORY_FILES) if (existsSync(file)) cpSync(file, join(dir, file), { recursive: true });
	cpSync(contentFrom, join(dir, 'content'), { recursive: true });
	git(dir, 'init', '--quiet', '--initial-branch=main');
	git(dir, 'add', '--all');
	git(dir, 'commit', '--quiet', '--message', 'Cổng thông tin: bản đầu');
	return dir;
}

/**
 * A web server's setup on this machine, as the README has a deployer make it:
 * a bare repository the editors push to, with the shipped post-receive hook;
 * $PORTAL_HOME with `repo/` cloned from it and `rebuild.env`; nginx with the
 * shipped server block. `work` is a developer's clone that commits and pushes.
 */
export interface PortalHost {
	home: string;
	bare: string;
	work: string;
	/** Writes files in the developer's clone and commits them; returns the commit. */
	commit: (files: Record<string, string | null>, message: string) => string;
	/** Pushes the publishing branch to the bare repository (the hook starts the rebuild). */
	push: () => string;
	/** Sets rebuild.env (SITE_URL and whatever else, e.g. PORTAL_NOW). */
	setEnv: (env: Record<string, string>) => void;
	/** The record the rebuild keeps, as the admin reads it. */
	status: () => BuildStatus | undefined;
	/** Waits until the last attempt for `commit` has finished (published or failed). */
	waitForAttempt: (commit: string, timeoutMs?: number) => Promise<BuildStatus>;
	/** The rebuild's log ($PORTAL_HOME/rebuild.log). */
	log: () => string;
	/** nginx with the shipped example-server.conf over this home. */
	startNginx: () => Promise<NginxServer>;
	/** Waits for a running rebuild (the lock), then removes everything. */
	remove: () => void;
}

/**
 * Creates the host. The repository starts with the project's code and the
 * content of `contentFrom`. `repo/node_modules` links to the project's own and
 * the last installed lock is recorded as this package-lock.json, as after a
 * first install: the rebuild then reinstalls only if a push changes the lock.
 */
export function createPortalHost({ contentFrom = 'content', env }: { contentFrom?: string; env: Record<string, string> }): PortalHost {
	const root = mkdtempSync(join(tmpdir(), 'portal-host-'));
	const work = createProjectRepository(join(root, 'work'), contentFrom);
	const bare = join(root, 'cong-thong-tin.git');
	const home = join(root, 'home');
	git(root, 'clone', '--quiet', '--bare', work, bare);
	git(work, 'remote', 'add', 'origin', bare);
	copyFileSync('deploy/hooks/post-receive', join(bare, 'hooks/post-receive'));
	chmodSync(join(bare, 'hooks/post-receive'), 0o755);
	git(bare, 'config', 'portal.home', home);
	mkdirSync(join(home, 'state'), { recursive: true });
	git(root, 'clone', '--quiet', bare, join(home, 'repo'));
	symlinkSync(resolve('node_modules'), join(home, 'repo/node_modules'), 'dir');
	writeFileSync(
		join(home, 'state/installed-lock.sha256'),
		`${createHash('sha256').update(readFileSync('package-lock.json')).digest('hex')}\n`,
	);
	const statusFile = join(home, 'status/trang-thai.json');
	const host: PortalHost = {
		home,
		bare,
		work,
		commit(files, message) {
			writeFiles(work, files);
			git(work, 'add', '--all');
			git(work, 'commit', '--quiet', '--message', message);
			return git(work, 'rev-parse', 'HEAD').trim();
		},
		push: () => git(work, 'push', '--quiet', 'origin', 'main'),
		setEnv(vars) {
			writeFileSync(
				join(home, 'rebuild.env'),
				Object.entries(vars)
					.map(([key, value]) => `${key}=${value}\n`)
					.join(''),
			);
		},
		status() {
			try {
				return JSON.parse(readFileSync(statusFile, 'utf8')) as BuildStatus;
			} catch {
				return undefined;
			}
		},
		async waitForAttempt(commit, timeoutMs = 240_000) {
			const started = Date.now();
			for (;;) {
				const status = host.status();
				const attempt = status?.lastAttempt;
				if (status && attempt?.commit === commit && attempt.state !== 'running') return status;
				if (Date.now() - started > timeoutMs)
					throw new Error(`Bản dựng ${commit} chưa xong sau ${timeoutMs} ms:\n${host.log().slice(-3000)}`);
				await new Promise((wait) => setTimeout(wait, 200));
			}
		},
		log: () => (existsSync(join(home, 'rebuild.log')) ? readFileSync(join(home, 'rebuild.log'), 'utf8') : ''),
		startNginx: () => startShippedServer(home),
		remove() {
			// A rebuild still running (a failed test) holds the lock: let it finish first.
			spawnSync('flock', ['--timeout', '300', join(home, 'state/rebuild.lock'), 'true']);
			rmSync(root, { recursive: true, force: true });
		},
	};
	host.setEnv(env);
	return host;
}
