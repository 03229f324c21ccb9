import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** How often nginx is asked for the new item: the figure is at most this late. */
const POLL_MS = 100;
/** Longer than any build the bench makes: a hook that never started must not hang the bench. */
const GIVE_UP_MS = 15 * 60 * 1000;

/**
 * Times one push until nginx serves what it changed: `served(response body)` says so.
 * Only the shipped post-receive hook and deploy/rebuild.sh run in between.
 */
async function timeUntilServed(host, nginx, { files, message, path, served }) {
	const commit = host.commit(files, message);
	const started = performance.now();
	host.push();
	for (;;) {
		const response = await fetch(`${nginx.origin}${path}`);
		if (response.status === 200 && served(await response.text())) break;
		const attempt = host.status()?.lastAttempt;
		if (attempt?.commit === commit && attempt.state === 'failed') throw new Error(`Bản dựng lỗi: ${attempt.error}`);
		if (performance.now() - started > GIVE_UP_MS)
			throw new Error(`Thay đổi chưa lên trang sau ${GIVE_UP_MS / 60000} phút:\n${host.log().slice(-3000)}`);
		await new Promise((wait) => setTimeout(wait, POLL_MS));
	}
	const seconds = (performance.now() - started) / 1000;
	// The next push starts from a finished rebuild, as an editor's next change would.
	await host.waitForAttempt(commit, GIVE_UP_MS);
	return seconds;
}

/**
 * Through the shipped hook and rebuild script (fetch, no reinstall, incremental
 * build with the cache of the last one, swap), on a host whose first build ran
 * before, untimed, so Astro's cache is warm as on a server:
 * - publish_to_served_s: from the push of one new news item (what "Công bố" does
 *   on a git host) until nginx, with the shipped server block, serves its page;
 * - edit_to_served_s: from the push of an existing item with one paragraph added
 *   until nginx serves its page with that paragraph.
 * With `keepLog`, the host's rebuild log (every step timed) is written there.
 */
export async function measureToServed({ createPortalHost, routes, contentFrom, siteUrl, portalNow, log, keepLog }) {
	const host = createPortalHost({ contentFrom, env: { SITE_URL: siteUrl, PORTAL_NOW: portalNow } });
	let nginx;
	try {
		log('Bản dựng đầu trên máy chủ thử (không tính giờ)…');
		const first = spawnSync(join(host.home, 'repo/deploy/rebuild.sh'), [], {
			encoding: 'utf8',
			env: { ...process.env, PORTAL_HOME: host.home },
			// Astro logs a line per page: at 50,000 items far more than spawnSync's 1 MB default.
			maxBuffer: 512 * 1024 * 1024,
		});
		if (first.status !== 0) throw new Error(`Bản dựng đầu lỗi:\n${`${first.stdout}\n${first.stderr}`.slice(-3000)}`);
		nginx = await host.startNginx();

		const day = portalNow.slice(0, 10);
		const id = `${day}-tin-do-thoi-gian-dang`;
		log('Đẩy một tin mới lên nhánh xuất bản, chờ nginx phục vụ trang của tin…');
		const publishS = await timeUntilServed(host, nginx, {
			files: {
				[`content/news/${id}.md`]: `---\ntitle: Tin đo thời gian từ lúc công bố đến lúc lên trang\ndescription: Tin của phép đo npm run bench, chỉ có trong thư mục tạm.\ndate: ${day}\nauthor: Ban biên tập\n---\n\nMột tin mới.\n`,
			},
			message: `Thêm Tin “${id}”`,
			path: routes.newsItem(id),
			served: () => true,
		});

		const file = readdirSync(join(contentFrom, 'news'))
			.filter((name) => name.endsWith('.md'))
			.sort()[0];
		const sentence = 'Đoạn thêm khi sửa tin, của phép đo npm run bench.';
		const edited = `${readFileSync(join(contentFrom, 'news', file), 'utf8').trimEnd()}\n\n${sentence}\n`;
		log(`Sửa một tin có sẵn (${file}), chờ nginx phục vụ đoạn mới…`);
		const editS = await timeUntilServed(host, nginx, {
			files: { [`content/news/${file}`]: edited },
			message: `Sửa Tin “${file.replace(/\.md$/u, '')}”`,
			path: routes.newsItem(file.replace(/\.md$/u, '')),
			served: (body) => body.includes(sentence),
		});
		return { publishS, editS };
	} finally {
		await nginx?.close();
		if (keepLog) writeFileSync(keepLog, host.log());
		host.remove();
	}
}
