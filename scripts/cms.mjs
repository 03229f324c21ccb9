#!/usr/bin/env node
/**
 * `npm run cms`: local editing. Starts decap-server (bound to 127.0.0.1) and the
 * Astro dev server, so that an editor opens http://127.0.0.1:4321/admin/, logs
 * in with one click, and edits. Ctrl+C stops both.
 *
 * - `npm run cms`: decap-server's file-system mode over this folder; every save
 *   writes a file under content/ at once.
 * - `npm run cms -- --workflow [--repo DIR]`: the editorial workflow on real git,
 *   as on a git host: decap-server's git mode over a dedicated clone of this
 *   repository (default: the folder beside this one, named `<this>-cms`; see
 *   scripts/lib/cms-workflow.mjs). A draft is a branch `cms/<collection>/<slug>`,
 *   "Đang xét duyệt" and "Sẵn sàng" move it, "Công bố" merges it into the
 *   publishing branch of the clone as a commit with a Vietnamese message.
 */
import { spawn } from 'node:child_process';
import { basename, delimiter, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { importTs } from './lib/import-ts.mjs';
import { prepareWorkflowClone } from './lib/cms-workflow.mjs';
import { waitForPage } from './lib/wait-for-page.mjs';

const { values: options } = parseArgs({
	options: { workflow: { type: 'boolean', default: false }, repo: { type: 'string' } },
});
const CMS_PORT = process.env.CMS_PORT ?? '8081';
const SITE_PORT = process.env.PORT ?? '4321';
const env = {
	...process.env,
	PATH: `${resolve('node_modules/.bin')}${delimiter}${process.env.PATH}`,
	CMS_LOCAL_BACKEND_URL: `http://127.0.0.1:${CMS_PORT}/api/v1`,
	ASTRO_DEV_BACKGROUND: '0',
	...(options.workflow ? { CMS_LOCAL_WORKFLOW: '1' } : {}),
};

let repository = process.cwd();
let branch;
if (options.workflow) {
	const { loadSiteConfig } = await importTs('src/config/site.ts');
	const { publishingBranch } = await importTs('cms/backend.ts');
	branch = publishingBranch(loadSiteConfig());
	const dir = resolve(options.repo ?? join(dirname(process.cwd()), `${basename(process.cwd())}-cms`));
	repository = prepareWorkflowClone({ source: process.cwd(), dir, branch });
}

const children = [
	spawn(process.execPath, [resolve('node_modules/decap-server/dist/index.js')], {
		stdio: 'inherit',
		env: { ...env, BIND_HOST: '127.0.0.1', PORT: CMS_PORT, MODE: options.workflow ? 'git' : 'fs', GIT_REPO_DIRECTORY: repository },
	}),
	spawn(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', SITE_PORT], {
		stdio: 'inherit',
		env,
	}),
];

const stopped = new AbortController();
const stop = () => {
	stopped.abort();
	for (const child of children) child.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) {
	child.on('exit', (code) => {
		stop();
		process.exitCode = code ?? 0;
	});
}

// The address only once the admin page answers: opened earlier, it would not load.
console.log('\nĐang khởi động trang quản trị…');
const admin = `http://127.0.0.1:${SITE_PORT}/admin/`;
if (await waitForPage(admin, { signal: stopped.signal })) {
	console.log(`\nTrang quản trị: ${admin}  (bấm "Đăng nhập")`);
	console.log(
		options.workflow
			? `Quy trình duyệt bài trên git, trong kho riêng ${repository}: bài nháp là một nhánh cms/…, "Công bố" gộp vào nhánh ${branch} của kho đó.\nLấy bài đã công bố về thư mục này: git pull ${repository} ${branch}\n`
			: 'Nội dung lưu thẳng vào thư mục content/.\n',
	);
}
