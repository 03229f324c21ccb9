import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** How often nginx is asked for the new item: the figure is at most this late. */
const POLL_MS = 100;
/** Longer than any build the bench makes: a hook that never started must not hang the bench. */
const GIVE_UP_MS = 15 * 60 * 1000;

/**
 * publish_to_served_s: from the push of one news item to the publishing branch
 * (what "Công bố" does on a git host) until nginx, with the shipped server
 * block, serves its page: the shipped post-receive hook, deploy/rebuild.sh
 * (fetch, no reinstall, full build, swap) and nothing else. The host's first
 * build runs before, untimed, so Astro's cache is warm as on a server.
 */
export async function measurePublishToServed({ createPortalHost, routes, contentFrom, siteUrl, portalNow, log }) {
	const host = createPortalHost({ contentFrom, env: { SITE_URL: siteUrl, PORTAL_NOW: portalNow } });
	let nginx;
	try {
		log('Bản dựng đầu trên máy chủ thử (không tính giờ)…');
		const first = spawnSync(join(host.home, 'repo/deploy/rebuild.sh'), [], {
			encoding: 'utf8',
			env: { ...process.env, PORTAL_HOME: host.home },
		});
		if (first.status !== 0) throw new Error(`Bản dựng đầu lỗi:\n${`${first.stdout}\n${first.stderr}`.slice(-3000)}`);
		nginx = await host.startNginx();
		const day = portalNow.slice(0, 10);
		const id = `${day}-tin-do-thoi-gian-dang`;
		const commit = host.commit(
			{
				[`content/news/${id}.md`]: `---\ntitle: Tin đo thời gian từ lúc công bố đến lúc lên trang\ndescription: Tin của phép đo npm run bench, chỉ có trong thư mục tạm.\ndate: ${day}\nauthor: Ban biên tập\n---\n\nMột tin mới.\n`,
			},
			`Thêm Tin “${id}”`,
		);
		log('Đẩy một tin lên nhánh xuất bản, chờ nginx phục vụ trang của tin…');
		const started = performance.now();
		host.push();
		for (;;) {
			const response = await fetch(`${nginx.origin}${routes.newsItem(id)}`);
			if (response.status === 200) break;
			const attempt = host.status()?.lastAttempt;
			if (attempt?.commit === commit && attempt.state === 'failed') throw new Error(`Bản dựng lỗi: ${attempt.error}`);
			if (performance.now() - started > GIVE_UP_MS)
				throw new Error(`Tin chưa lên trang sau ${GIVE_UP_MS / 60000} phút:\n${host.log().slice(-3000)}`);
			await new Promise((wait) => setTimeout(wait, POLL_MS));
		}
		return (performance.now() - started) / 1000;
	} finally {
		await nginx?.close();
		host.remove();
	}
}
