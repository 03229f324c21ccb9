/**
 * "Is it live yet?": reads the rebuild's record (written by deploy/rebuild.mjs
 * outside the release, served by nginx at `buildStatusPath` of src/lib/routes.ts) and tells the
 * editor which change is on the public site, and whether the last rebuild is
 * running or failed, and why. It has an element of its own on the admin page,
 * apart from the admin bar, and stays hidden where no record is served (local
 * editing, static hosts). Read again every 30 seconds while the admin is open.
 */
import { describeBuildStatus, parseBuildStatus, type BuildReport } from '../src/lib/build-status';

const POLL_MS = 30_000;

/**
 * The sentences, `%s` filled in order. Here rather than in src/ui-strings.ts:
 * that module imports the routes, which this bundle must not share with the
 * search page's script (a shared module becomes a chunk of its own, and that
 * script could no longer be inlined).
 */
const text = {
	heading: 'Trang công khai:',
	live: 'đang hiển thị bản đăng lúc %s, có thay đổi mới nhất: %s (mã %s).',
	nothingLive: 'chưa có bản nào được đăng.',
	running: 'Đang dựng lại trang, bắt đầu lúc %s, với thay đổi: %s (mã %s); trang sẽ tự cập nhật khi xong.',
	failed: 'Lần dựng lúc %s bị lỗi %s, nên trang vẫn giữ bản trước. Thay đổi: %s (mã %s). Lỗi đầu tiên: %s',
	steps: {
		config: 'ở cấu hình máy chủ',
		fetch: 'khi lấy nội dung từ kho',
		install: 'khi cài thư viện',
		build: 'khi dựng trang',
		publish: 'khi đăng bản dựng',
	},
} as const;

/** Fills the `%s` marks in order (a function, so a `$` in an error message stays as it is). */
const fill = (template: string, ...values: string[]) => values.reduce((out, value) => out.replace('%s', () => value), template);

/** The sentences of a report, first what is live. */
function sentences(report: BuildReport): string[] {
	const { live, running, failed } = report;
	return [
		`${text.heading} ${live ? fill(text.live, live.when, live.subject, live.commit) : text.nothingLive}`,
		...(running ? [fill(text.running, running.when, running.subject, running.commit)] : []),
		...(failed ? [fill(text.failed, failed.when, text.steps[failed.step], failed.subject, failed.commit, failed.error)] : []),
	];
}

function render(element: HTMLElement, report: BuildReport | undefined): void {
	if (!report) {
		element.hidden = true;
		return;
	}
	const lines = sentences(report);
	element.hidden = false;
	// A live region: write only what changed, so a screen reader hears news, not every poll.
	if (element.textContent === lines.join('')) return;
	element.dataset.state = report.failed ? 'failed' : report.running ? 'running' : 'ok';
	element.replaceChildren(
		...lines.map((sentence) => {
			const line = document.createElement('span');
			line.textContent = sentence;
			return line;
		}),
	);
}

async function load(url: string): Promise<BuildReport | undefined> {
	try {
		const response = await fetch(url, { cache: 'no-store' });
		if (!response.ok) return undefined;
		const status = parseBuildStatus(await response.json());
		return status ? describeBuildStatus(status) : undefined;
	} catch {
		// No record served here (local editing, a static host): nothing to say.
		return undefined;
	}
}

/**
 * Shows the record in `element` now and keeps it current. The page names the
 * record's address in `data-build-status` (from src/lib/routes.ts, which stays
 * out of this bundle, as above).
 */
export function startBuildStatus(element: HTMLElement | null): void {
	const url = element?.dataset.buildStatus;
	if (!element || !url) return;
	const refresh = async () => render(element, await load(url));
	void refresh();
	setInterval(() => void refresh(), POLL_MS);
}
