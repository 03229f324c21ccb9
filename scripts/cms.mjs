#!/usr/bin/env node
/**
 * `npm run cms`: local editing. Starts decap-server (its file-system mode,
 * bound to 127.0.0.1) over this folder and the Astro dev server, so that an
 * editor opens http://127.0.0.1:4321/admin/, logs in with one click, and the
 * files change under content/. Ctrl+C stops both.
 */
import { spawn } from 'node:child_process';
import { delimiter, resolve } from 'node:path';

const CMS_PORT = process.env.CMS_PORT ?? '8081';
const SITE_PORT = process.env.PORT ?? '4321';
const env = {
	...process.env,
	PATH: `${resolve('node_modules/.bin')}${delimiter}${process.env.PATH}`,
	CMS_LOCAL_BACKEND_URL: `http://127.0.0.1:${CMS_PORT}/api/v1`,
	ASTRO_DEV_BACKGROUND: '0',
};

const children = [
	spawn(process.execPath, [resolve('node_modules/decap-server/dist/index.js')], {
		stdio: 'inherit',
		env: { ...env, BIND_HOST: '127.0.0.1', PORT: CMS_PORT, MODE: 'fs', GIT_REPO_DIRECTORY: process.cwd() },
	}),
	spawn(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', SITE_PORT], {
		stdio: 'inherit',
		env,
	}),
];

console.log(`\nTrang quản trị: http://127.0.0.1:${SITE_PORT}/admin/  (bấm "Đăng nhập"; nội dung lưu vào thư mục content/)\n`);

const stop = () => {
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
