/**
 * "Is it live yet?": the record the rebuild script (deploy/rebuild.mjs) keeps
 * outside the release, which nginx serves at `buildStatusPath` (routes.ts) and
 * the admin page reads. The release itself carries no build time, so two
 * builds of the same commit on the same day are the same files.
 */
import { formatDate, toVietnamDateTime } from './dates';

/** A commit the rebuild met: its id, its message's first line, and when (ISO 8601 with +07:00). */
export interface BuildRecord {
	commit: string;
	subject: string;
	time: string;
}

/** The steps of a rebuild, in order; a failure names the one it stopped at. */
export const BUILD_STEPS = ['config', 'fetch', 'install', 'build', 'publish'] as const;
export type BuildStep = (typeof BUILD_STEPS)[number];

/** The last rebuild: running, done, or stopped at a step with its first error. */
export interface BuildAttempt extends BuildRecord {
	state: 'running' | 'ok' | 'failed';
	step?: BuildStep;
	error?: string;
}

/** The whole record: what is served now, and what the last rebuild did. */
export interface BuildStatus {
	live?: BuildRecord;
	lastAttempt?: BuildAttempt;
}

const isRecord = (value: unknown): value is BuildRecord =>
	typeof value === 'object' &&
	value !== null &&
	['commit', 'subject', 'time'].every((key) => typeof (value as Record<string, unknown>)[key] === 'string') &&
	!Number.isNaN(new Date((value as BuildRecord).time).getTime());

/** The record read from the server, or undefined when it is not one (the file is outside the release, never trusted blindly). */
export function parseBuildStatus(value: unknown): BuildStatus | undefined {
	if (typeof value !== 'object' || value === null) return undefined;
	const { live, lastAttempt } = value as Record<string, unknown>;
	if (live !== undefined && !isRecord(live)) return undefined;
	if (lastAttempt !== undefined) {
		if (!isRecord(lastAttempt)) return undefined;
		const { state, step, error } = lastAttempt as Partial<BuildAttempt>;
		if (!['running', 'ok', 'failed'].includes(String(state))) return undefined;
		if (step !== undefined && !BUILD_STEPS.includes(step)) return undefined;
		if (error !== undefined && typeof error !== 'string') return undefined;
	}
	return { ...(live ? { live } : {}), ...(lastAttempt ? { lastAttempt: lastAttempt as BuildAttempt } : {}) };
}

/** A commit as an editor meets it: short id, message, and "00:05 ngày 24/11/2026" in Việt Nam time. */
export interface CommitShown {
	commit: string;
	subject: string;
	when: string;
}

/** What the admin says: what is live, and a rebuild in progress or a failed one (a successful one is what is live). */
export interface BuildReport {
	live?: CommitShown;
	running?: CommitShown;
	failed?: CommitShown & { step: BuildStep; error: string };
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** "00:05 ngày 24/11/2026": the clock time and day in Việt Nam. */
export function formatVietnamTime(iso: string): string {
	const instant = new Date(iso);
	const { hour, minute } = toVietnamDateTime(instant);
	return `${pad2(hour)}:${pad2(minute)} ngày ${formatDate(instant)}`;
}

const shown = (record: BuildRecord): CommitShown => ({
	commit: record.commit.slice(0, 7),
	subject: record.subject,
	when: formatVietnamTime(record.time),
});

/** What to tell the editor from the record. */
export function describeBuildStatus(status: BuildStatus): BuildReport {
	const attempt = status.lastAttempt;
	return {
		...(status.live ? { live: shown(status.live) } : {}),
		...(attempt?.state === 'running' ? { running: shown(attempt) } : {}),
		...(attempt?.state === 'failed'
			? { failed: { ...shown(attempt), step: attempt.step ?? 'build', error: attempt.error ?? 'không rõ lỗi' } }
			: {}),
	};
}
