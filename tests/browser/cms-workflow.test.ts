import { join } from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { prepareWorkflowClone } from '../../scripts/lib/cms-workflow.mjs';
import { acceptDialogs, fillNewsItem, logIn, publishNow, saveDraft, setWorkflowStatus, WORKFLOW_STATUS } from '../helpers/admin';
import { launchBrowser, type BrowserSession } from '../helpers/browser';
import { startDecapServer, type DecapServer } from '../helpers/decap';
import { createFixtureSite, type FixtureSite } from '../helpers/fixture-site';
import { freePort } from '../helpers/ports';
import { createProjectRepository, git } from '../helpers/portal-host';
import { startStaticServer, type StaticServer } from '../helpers/static-server';

/**
 * `npm run cms -- --workflow` in real Chromium: decap-server's git mode over a
 * dedicated clone of the repository, the admin built with the editorial
 * workflow. An editor writes a news item through the form, saves a draft (a
 * branch), moves it to review and to ready, and publishes it: the publishing
 * branch then has one commit with the item's file and a Vietnamese message,
 * and no draft branch is left. The developer's repository is never touched.
 */
const NOW = '2026-11-24T10:00:00+07:00';
const ITEM = {
	title: 'Tập huấn kỹ năng phòng, chống ma túy cho đoàn viên',
	description: 'Tin thử của quy trình duyệt bài trên git.',
	date: '2026-11-23',
	author: 'Ban biên tập',
	body: 'Nội dung tin, gõ qua trang quản trị.',
	image: { name: 'tap-huan.jpg', alt: 'Đoàn viên trong buổi tập huấn' },
};
const SLUG = '2026-11-23-tap-huan-ky-nang-phong-chong-ma-tuy-cho-doan-vien';
const FILE = `content/news/${SLUG}.md`;
const BRANCH = `cms/news/${SLUG}`;

let root: string;
let source: string;
let clone: string;
let site: FixtureSite;
let decap: DecapServer;
let server: StaticServer;
let browser: BrowserSession;
let page: Page;
let asked: string[];
let sourceHead: string;

/** The state Decap keeps on a draft branch (its git description). */
const draftState = () => git(clone, 'config', '--get', `branch.${BRANCH}.description`).trim();

beforeAll(async () => {
	root = mkdtempSync(join(tmpdir(), 'portal-workflow-'));
	source = createProjectRepository(join(root, 'checkout'));
	sourceHead = git(source, 'rev-parse', 'HEAD').trim();
	clone = prepareWorkflowClone({ source, dir: join(root, 'checkout-cms'), branch: 'main', log: () => {} });
	site = createFixtureSite();
	const port = await freePort();
	const built = site.build({ CMS_LOCAL_BACKEND_URL: `http://127.0.0.1:${port}/api/v1`, CMS_LOCAL_WORKFLOW: '1', PORTAL_NOW: NOW });
	if (!built.ok) throw new Error(built.output);
	decap = await startDecapServer(clone, port, 'git');
	server = await startStaticServer(site.dist);
	// A browser in UTC, as in the CMS suite: the slug's date must not depend on the editor's zone.
	browser = await launchBrowser({ viewport: { width: 1280, height: 900 }, timezoneId: 'UTC', env: { TZ: 'UTC' } });
	page = await browser.context.newPage();
	asked = acceptDialogs(page);
	await logIn(page, server.origin);
}, 300_000);

afterAll(async () => {
	await browser?.close();
	await server?.close();
	await decap?.stop();
	site?.remove();
	if (root) rmSync(root, { recursive: true, force: true });
});

describe('the editorial workflow on real git', () => {
	test('a saved draft is a branch of its own; the publishing branch does not have it yet', async () => {
		await fillNewsItem(page, server.origin, ITEM);
		await saveDraft(page);
		expect(git(clone, 'branch', '--list', BRANCH).trim()).toBe(BRANCH);
		expect(draftState()).toBe('decap-cms/draft');
		expect(git(clone, 'ls-tree', '--name-only', BRANCH, FILE).trim()).toBe(FILE);
		expect(git(clone, 'ls-tree', '--name-only', 'main', FILE).trim()).toBe('');
	});

	test('moves to review, then to ready', async () => {
		await setWorkflowStatus(page, WORKFLOW_STATUS.inReview);
		expect(draftState()).toBe('decap-cms/pending_review');
		await setWorkflowStatus(page, WORKFLOW_STATUS.ready);
		expect(draftState()).toBe('decap-cms/pending_publish');
	});

	test('"Công bố" puts one commit with the item on the publishing branch, in Vietnamese, and leaves no draft branch', async () => {
		await publishNow(page);
		await expect.poll(() => git(clone, 'branch', '--list', 'cms/*').trim(), { timeout: 20_000 }).toBe('');
		expect(git(clone, 'symbolic-ref', '--short', 'HEAD').trim()).toBe('main');
		expect(git(clone, 'log', '-1', '--format=%s', 'main').trim()).toBe(`Thêm Tin “${SLUG}”`);
		const files = git(clone, 'show', '--name-only', '--format=', 'main').trim().split('\n');
		expect(files).toEqual(expect.arrayContaining([FILE, `content/media/${ITEM.image.name}`]));
		const saved = git(clone, 'show', `main:${FILE}`);
		expect(saved).toContain(`title: ${ITEM.title}`);
		expect(saved).toMatch(/^date: 2026-11-23$/mu);
		expect(git(clone, 'status', '--porcelain')).toBe('');
		// Decap asked before publishing, in Vietnamese.
		expect(asked.join('\n')).toMatch(/Bạn có chắc/u);
	});

	test('the developer’s repository is untouched', () => {
		expect(git(source, 'rev-parse', 'HEAD').trim()).toBe(sourceHead);
		expect(git(source, 'branch', '--list').trim()).toBe('* main');
		expect(git(source, 'status', '--porcelain')).toBe('');
	});
});
