/**
 * "Is it live yet?": reads the rebuild's record (written by deploy/rebuild.mjs
 * outside the release, served by nginx at `buildStatusPath`) and tells the
 * editor which change is on the public site, and whether the last rebuild is
 * running or failed, and why. It has an element of its own on the admin page,
 * apart from the admin bar, and stays hidden where no record is served (local
 * editing, static hosts). Read again every 30 seconds while the admin is open.
 */
import { describeBuildStatus, parseBuildStatus, type BuildReport } from '../src/lib/build-status';
import { buildStatusPath } from '../src/lib/routes';
import { buildStatusStrings as text } from '../src/ui-strings';

const POLL_MS = 30_000;

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

async function load(): Promise<BuildReport | undefined> {
	try {
		const response = await fetch(buildStatusPath, { cache: 'no-store' });
		if (!response.ok) return undefined;
		const status = parseBuildStatus(await response.json());
		return status ? describeBuildStatus(status) : undefined;
	} catch {
		// No record served here (local editing, a static host): nothing to say.
		return undefined;
	}
}

/** Shows the record in `element` now and keeps it current. */
export function startBuildStatus(element: HTMLElement | null): void {
	if (!element) return;
	const refresh = async () => render(element, await load());
	void refresh();
	setInterval(() => void refresh(), POLL_MS);
}
