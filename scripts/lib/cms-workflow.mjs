import { execFileSync } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { resolve, sep } from 'node:path';

const git = (cwd, ...args) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
const gitOk = (cwd, ...args) => {
	try {
		return git(cwd, ...args);
	} catch {
		return undefined;
	}
};

/**
 * The repository decap-server's git mode works in for `npm run cms -- --workflow`.
 * Git mode checks out branches and runs `git add .` in its repository, so it is
 * never the developer's checkout: it is a clone of it (`dir`, made on first use,
 * refused when it is the checkout itself, inside it, or a clone of something
 * else), on the publishing branch, brought forward from the checkout at each
 * start when it can be fast-forwarded. Drafts (branches `cms/…`) live there
 * between sessions. Returns the clone's path.
 */
export function prepareWorkflowClone({ source, dir, branch, log = console.log }) {
	const checkout = realpathSync(source);
	const insideCheckout = (path) => [checkout, resolve(source)].some((root) => path === root || path.startsWith(`${root}${sep}`));
	// Checked before anything is written, and again once the path's links are resolved.
	if (insideCheckout(resolve(dir)) || (existsSync(dir) && insideCheckout(realpathSync(dir))))
		throw new Error(`${dir} là (hoặc nằm trong) thư mục đang làm việc: chế độ git của decap-server cần một bản sao riêng (--repo).`);
	if (!existsSync(dir)) {
		git(checkout, 'clone', '--quiet', '--branch', branch, checkout, dir);
		log(`Đã tạo kho riêng cho CMS: ${dir} (nhánh ${branch}).`);
	}
	const clone = realpathSync(dir);
	const origin = gitOk(clone, 'config', '--get', 'remote.origin.url');
	if (!origin || !existsSync(origin) || realpathSync(origin) !== checkout)
		throw new Error(`${dir} không phải bản sao của ${checkout}: chọn thư mục khác bằng --repo, hoặc xóa thư mục này.`);
	git(clone, 'fetch', '--quiet', 'origin');
	const current = gitOk(clone, 'symbolic-ref', '--short', 'HEAD');
	const clean = git(clone, 'status', '--porcelain') === '';
	if (current !== branch || !clean) log(`Kho riêng ${dir} không ở nhánh ${branch} hoặc còn thay đổi chưa lưu: giữ nguyên.`);
	else if (gitOk(clone, 'merge', '--quiet', '--ff-only', `origin/${branch}`) === undefined)
		log(`Nhánh ${branch} của kho riêng đã khác với thư mục làm việc: giữ nguyên, không gộp tự động.`);
	// decap-server commits as whoever the clone says; a machine with no git identity still works.
	if (!gitOk(clone, 'config', 'user.email')) {
		git(clone, 'config', 'user.name', 'Biên tập viên (CMS trên máy)');
		git(clone, 'config', 'user.email', 'cms@localhost');
	}
	return clone;
}
