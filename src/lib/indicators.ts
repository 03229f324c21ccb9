/**
 * Indicator maths: a target from a plan joined with the results editors report
 * for it, validated, labelled and summarised. No I/O, no Astro.
 */
import { formatNumber, formatPercent, formatRatio, shareOfTarget } from './numbers';
import { datasetId, formatGoal, type TargetFigure } from './targets';

/** A reporting period: quarter, half-year or year. */
export interface Period {
	kind: 'quy' | '6-thang' | 'nam';
	year: number;
	index?: number | undefined;
}

/** A reported result. */
export interface Observation {
	period: Period;
	value: number;
	denominator?: number | undefined;
	/** Id of the report (a document of the `legal` collection). */
	source: string;
	sourceSection?: string | undefined;
	note?: string | undefined;
}

/** A problem in reported data, with the field it is in. */
export interface ObservationIssue {
	path: (string | number)[];
	message: string;
}

/** "Quý 2/2022", "6 tháng đầu năm 2022", "Năm 2022". */
export function periodLabel(period: Period): string {
	if (period.kind === 'quy') return `Quý ${period.index}/${period.year}`;
	if (period.kind === '6-thang') return `6 tháng ${period.index === 1 ? 'đầu' : 'cuối'} năm ${period.year}`;
	return `Năm ${period.year}`;
}

/** A sortable key: periods ordered by when they end, a year after its halves and quarters. */
export function periodEnd(period: Period): number {
	const month = period.kind === 'quy' ? (period.index ?? 4) * 3 : period.kind === '6-thang' ? (period.index ?? 2) * 6 : 12;
	const length = period.kind === 'quy' ? 0 : period.kind === '6-thang' ? 1 : 2;
	return period.year * 100 + month * 3 + length;
}

/** Machine form of a period for CSV and JSON: "2022-Q2", "2022-H1", "2022". */
export function periodCode(period: Period): string {
	if (period.kind === 'quy') return `${period.year}-Q${period.index}`;
	if (period.kind === '6-thang') return `${period.year}-H${period.index}`;
	return String(period.year);
}

/**
 * Checks reported results against their target: a percentage is 0–100, "x of y"
 * has x ≤ y and a y, a period lies in the plan's year, periods do not repeat,
 * and the source is a known document.
 */
export function validateObservations(
	target: Pick<TargetFigure, 'kind'>,
	planYear: number,
	observations: readonly Observation[],
	knownSources: ReadonlySet<string>,
): ObservationIssue[] {
	const issues: ObservationIssue[] = [];
	const seen = new Set<string>();
	observations.forEach((observation, index) => {
		const at = (field: string) => ['observations', index, field];
		if (target.kind === 'percent' && observation.value > 100) {
			issues.push({ path: at('value'), message: `tỷ lệ ${observation.value}% vượt quá 100%` });
		}
		if (target.kind === 'ratio') {
			if (observation.denominator === undefined) issues.push({ path: at('denominator'), message: 'chỉ tiêu x/y: kết quả cần mẫu số' });
			else if (observation.value > observation.denominator) {
				issues.push({ path: at('value'), message: `${observation.value}/${observation.denominator}: tử số lớn hơn mẫu số` });
			}
		} else if (observation.denominator !== undefined) {
			issues.push({ path: at('denominator'), message: 'chỉ chỉ tiêu x/y mới có mẫu số' });
		}
		if (target.kind === 'count' && !Number.isInteger(observation.value)) {
			issues.push({ path: at('value'), message: 'kết quả số lượng phải là số nguyên' });
		}
		if (observation.period.year !== planYear) {
			issues.push({
				path: [...at('period'), 'year'],
				message: `kỳ ${periodLabel(observation.period)} không thuộc năm kế hoạch ${planYear}`,
			});
		}
		const code = periodCode(observation.period);
		if (seen.has(code)) issues.push({ path: at('period'), message: `kỳ ${periodLabel(observation.period)} bị nhập hai lần` });
		seen.add(code);
		if (!knownSources.has(observation.source)) {
			issues.push({ path: at('source'), message: `văn bản nguồn "${observation.source}" không có trong mục Văn bản` });
		}
	});
	return issues;
}

/** An indicator file as read: the target it reports on and its results. */
export interface IndicatorFile {
	file: string;
	plan: string;
	target: string;
	observations: readonly Observation[];
}

/** What checking indicator files needs to know of a plan. */
export interface PlanTargets {
	id: string;
	year: number;
	targets: readonly (Pick<TargetFigure, 'kind'> & { id: string })[];
}

/** A problem in one file, with the field it is in. */
export interface FileIssue extends ObservationIssue {
	file: string;
}

/**
 * Joins indicator files to the plans' targets: each file must name a plan and
 * one of its targets, no target may be reported in two files, and every result
 * must pass `validateObservations`. Returns the problems and, per dataset id,
 * the results that can be published.
 */
export function joinIndicatorFiles(
	files: readonly IndicatorFile[],
	plans: readonly PlanTargets[],
	knownSources: ReadonlySet<string>,
): { issues: FileIssue[]; byDataset: Map<string, { file: string; observations: readonly Observation[] }> } {
	const issues: FileIssue[] = [];
	const byDataset = new Map<string, { file: string; observations: readonly Observation[] }>();
	for (const entry of files) {
		const plan = plans.find((candidate) => candidate.id === entry.plan);
		if (!plan) {
			issues.push({ file: entry.file, path: ['plan'], message: `không có kế hoạch "${entry.plan}"` });
			continue;
		}
		const target = plan.targets.find((candidate) => candidate.id === entry.target);
		if (!target) {
			issues.push({ file: entry.file, path: ['target'], message: `kế hoạch "${plan.id}" không có chỉ tiêu "${entry.target}"` });
			continue;
		}
		for (const issue of validateObservations(target, plan.year, entry.observations, knownSources))
			issues.push({ file: entry.file, ...issue });
		const id = datasetId(plan.id, target.id);
		const existing = byDataset.get(id);
		if (existing) issues.push({ file: entry.file, path: ['target'], message: `chỉ tiêu "${id}" đã có kết quả trong ${existing.file}` });
		else byDataset.set(id, { file: entry.file, observations: entry.observations });
	}
	return { issues, byDataset };
}

/** A result written the way its target is: "450", "75%", "5/7". */
export function formatResult(kind: TargetFigure['kind'], value: number, denominator?: number): string {
	if (kind === 'percent') return formatPercent(value);
	if (kind === 'ratio') return formatRatio(value, denominator ?? value);
	return formatNumber(value);
}

/** How far a result goes toward its target, in percent of the target (ratios compare x/y shares). */
export function progress(target: TargetFigure, observation: Pick<Observation, 'value' | 'denominator'>): number | undefined {
	if (target.kind === 'ratio') {
		const reached = observation.denominator ? observation.value / observation.denominator : undefined;
		const wanted = target.denominator ? target.value / target.denominator : undefined;
		return reached !== undefined && wanted ? Math.round((reached / wanted) * 1000) / 10 : undefined;
	}
	return shareOfTarget(observation.value, target.value);
}

/**
 * The headline of a dataset page: the message in one sentence. With results,
 * the latest against the target; without, the target itself and that no result
 * is published yet.
 */
export function headline(input: {
	label: string;
	target: TargetFigure;
	year: number;
	latest?: (Observation & { periodLabel: string }) | undefined;
}): string {
	const { target, latest } = input;
	const goal = formatGoal(target);
	if (!latest) return `Mục tiêu năm ${input.year}: ${goal}${target.kind === 'percent' ? '' : ` ${target.unit}`} – chưa có số liệu báo cáo`;
	const reached = formatResult(target.kind, latest.value, latest.denominator);
	const share = progress(target, latest);
	return `${latest.periodLabel}: đạt ${reached}${target.kind === 'count' ? ` ${target.unit}` : ''} so với mục tiêu ${goal}${share !== undefined ? ` (${formatNumber(share)}% chỉ tiêu)` : ''}`;
}
