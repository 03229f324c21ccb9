/**
 * The pure parts of the rebuild (deploy/rebuild.mjs), apart so they have unit
 * tests: which site addresses a production build accepts, the first error of a
 * failed step, the Việt Nam time of the record, and the record itself. Plain
 * JavaScript with no dependency: it runs on the server's own Node before the
 * project's packages are installed.
 */

/** Why a production build refuses `SITE_URL`, or undefined when it is a public address. */
export function siteUrlProblem(value) {
	if (!value)
		return 'SITE_URL chưa đặt: bản dựng công khai cần địa chỉ thật của trang, ví dụ SITE_URL=https://phongchongmatuy.example.gov.vn';
	let url;
	try {
		url = new URL(value);
	} catch {
		return `SITE_URL không phải địa chỉ hợp lệ: ${value}`;
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') return `SITE_URL phải bắt đầu bằng https:// (đang là ${value})`;
	const host = url.hostname.replace(/^\[|\]$/gu, '');
	const loopback = host === 'localhost' || host.endsWith('.localhost') || /^127\./u.test(host) || host === '::1' || host === '0.0.0.0';
	if (loopback)
		return `SITE_URL là địa chỉ trên máy (${value}): liên kết chuẩn, RSS và sơ đồ trang sẽ trỏ về máy chủ dựng, không phải trang công khai`;
	return undefined;
}

// Terminal colours and Astro's clock prefix ("22:24:17 ") say nothing to an editor.
const ANSI = /\u001b\[[0-9;]*m/gu;
const CLOCK = /^\d{2}:\d{2}:\d{2} /u;

/**
 * The first error of a step's output, as one line an editor can act on: the
 * first problem a failed content check lists (file, line, field), else the
 * first error Astro or npm reports, else the output's last line.
 */
export function firstError(output) {
	const lines = output
		.replace(ANSI, '')
		.split(/\r?\n/u)
		.map((line) => line.replace(CLOCK, '').trimEnd());
	const errorAt = lines.findIndex((line) => /\[ERROR\]|^npm (?:ERR!|error)|^error:|^fatal:/iu.test(line));
	if (errorAt !== -1) {
		const block = [];
		for (const line of lines.slice(errorAt + 1)) {
			if (/^\s*(?:Location:|Stack trace:|at )/u.test(line) || line.trim() === '') break;
			block.push(line.trim());
		}
		const problem = block.find((line) => line.startsWith('- '));
		if (problem) return clip(problem.slice(2));
		const message = lines[errorAt].replace(/^.*\[ERROR\](?: \[[^\]]+\])? ?/u, '').trim();
		// Astro's own line ("An unhandled error occurred…") is generic: the text under it says what.
		return clip(block.length > 0 && /unhandled error/iu.test(message) ? block.join(' ') : [message, ...block].join(' '));
	}
	return clip(lines.filter((line) => line.trim() !== '').at(-1) ?? 'không có thông báo lỗi');
}

const clip = (text) => (text.length > 600 ? `${text.slice(0, 599)}…` : text);

const pad2 = (n) => String(n).padStart(2, '0');

/**
 * An instant as ISO 8601 in Việt Nam time ("2026-11-24T00:05:12+07:00"). The
 * fixed +07:00 (no daylight saving since 1975), as src/lib/dates.ts does; this
 * file cannot import TypeScript.
 */
export function vietnamIso(instant) {
	const local = new Date(instant.getTime() + 7 * 60 * 60 * 1000);
	const day = `${local.getUTCFullYear()}-${pad2(local.getUTCMonth() + 1)}-${pad2(local.getUTCDate())}`;
	return `${day}T${pad2(local.getUTCHours())}:${pad2(local.getUTCMinutes())}:${pad2(local.getUTCSeconds())}+07:00`;
}

/**
 * The next record (its shape is src/lib/build-status.ts's BuildStatus): the
 * attempt replaces the last one; only a published build changes what is live.
 */
export function nextStatus(previous, attempt) {
	const live = attempt.state === 'ok' ? { commit: attempt.commit, subject: attempt.subject, time: attempt.time } : previous?.live;
	return { ...(live ? { live } : {}), lastAttempt: attempt };
}
