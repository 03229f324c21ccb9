import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { prepareWorkflowClone } from './cms-workflow.mjs';

const IDENTITY = {
	GIT_AUTHOR_NAME: 't',
	GIT_AUTHOR_EMAIL: 't@example.invalid',
	GIT_COMMITTER_NAME: 't',
	GIT_COMMITTER_EMAIL: 't@example.invalid',
};
const git = (cwd: string, ...args: string[]) =>
	execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...IDENTITY }, stdio: ['ignore', 'pipe', 'pipe'] }).trim();
const quiet = () => {};

let root: string;
let checkout: string;
const commit = (dir: string, file: string) => {
	writeFileSync(join(dir, file), file);
	git(dir, 'add', '--all');
	git(dir, 'commit', '--quiet', '-m', file);
};

beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'portal-cms-clone-'));
	checkout = join(root, 'checkout');
	mkdirSync(checkout);
	git(checkout, 'init', '--quiet', '--initial-branch=main');
	commit(checkout, 'a.md');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('decap-server’s git mode gets a clone of its own, never the developer’s checkout', () => {
	test('makes the clone on the publishing branch, and brings it forward at the next start', () => {
		const clone = prepareWorkflowClone({ source: checkout, dir: join(root, 'cms'), branch: 'main', log: quiet });
		expect(git(clone, 'symbolic-ref', '--short', 'HEAD')).toBe('main');
		expect(git(clone, 'config', 'user.email')).not.toBe('');
		commit(checkout, 'b.md');
		prepareWorkflowClone({ source: checkout, dir: clone, branch: 'main', log: quiet });
		expect(git(clone, 'log', '-1', '--format=%s')).toBe('b.md');
	});

	test('keeps drafts and a diverged branch as they are', () => {
		const clone = prepareWorkflowClone({ source: checkout, dir: join(root, 'cms'), branch: 'main', log: quiet });
		commit(clone, 'published-in-cms.md');
		commit(checkout, 'b.md');
		const said: string[] = [];
		prepareWorkflowClone({ source: checkout, dir: clone, branch: 'main', log: (line: string) => said.push(line) });
		expect(git(clone, 'log', '-1', '--format=%s')).toBe('published-in-cms.md');
		expect(said.join('\n')).toContain('không gộp tự động');
	});

	test.each([
		['the checkout itself', (dir: string) => dir, /thư mục đang làm việc/u],
		['a folder inside the checkout', (dir: string) => join(dir, 'cms'), /thư mục đang làm việc/u],
	])('refuses %s', (_name, target, message) => {
		expect(() => prepareWorkflowClone({ source: checkout, dir: target(checkout), branch: 'main', log: quiet })).toThrow(message);
		expect(git(checkout, 'branch', '--list')).toBe('* main');
		expect(git(checkout, 'status', '--porcelain')).toBe('');
	});

	test('refuses a clone of another repository', () => {
		const other = join(root, 'other');
		mkdirSync(other);
		git(other, 'init', '--quiet', '--initial-branch=main');
		commit(other, 'x.md');
		git(root, 'clone', '--quiet', other, join(root, 'cms'));
		expect(() => prepareWorkflowClone({ source: checkout, dir: join(root, 'cms'), branch: 'main', log: quiet })).toThrow(
			/không phải bản sao/u,
		);
	});
});
