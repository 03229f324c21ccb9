import { getCollection } from 'astro:content';
import { loadSiteConfig } from '../config/site';
import {
	formatResult,
	headline,
	periodCode,
	periodEnd,
	periodLabel,
	joinIndicatorFiles,
	progress,
	type Observation,
} from '../lib/indicators';
import { anchorHref, routes } from '../lib/routes';
import { publicUrl } from '../lib/public-address';
import { datasetId, formatTarget } from '../lib/targets';
import { licences, targetKinds } from '../schemas/vocabulary';
import { getDocumentIndex, getPlans, getSectionLabels, localityName, type DocumentSummary, type PlanEntry } from './documents';
import { targetFigure } from './plans';
import { dataUi, siteUi } from '../ui-strings';

/** A reported result, ready to show and export. */
export interface DatasetObservation extends Observation {
	periodLabel: string;
	periodCode: string;
	result: string;
	progress?: number | undefined;
	sourceDoc: DocumentSummary;
}

/** One target of one plan joined with its reported results. */
export interface Dataset {
	id: string;
	href: string;
	csvHref: string;
	jsonHref: string;
	xlsxHref: string;
	label: string;
	headline: string;
	subtitle: string;
	kind: 'count' | 'percent' | 'ratio';
	kindLabel: string;
	unit: string;
	locality: { id: string; name: string };
	year: number;
	plan: DocumentSummary;
	target: {
		value: number;
		denominator?: number | undefined;
		/** Qualifier keys ("phan-dau", "tren") and their words ("phấn đấu trên"), as the plan writes the figure. */
		qualifiers: string[];
		qualifierText: string;
		figure: string;
		statement: string;
		section: string;
		sectionName: string;
		sectionHref: string;
	};
	observations: DatasetObservation[];
	latest?: DatasetObservation | undefined;
	partOf?: string | undefined;
	headlineTarget: boolean;
	licence: { id: string; name: string; url: string };
}

function buildDataset(
	plan: PlanEntry,
	target: PlanEntry['data']['targets'][number],
	observations: readonly Observation[],
	index: Map<string, DocumentSummary>,
	sectionLabel: (anchor: string) => string,
): Dataset {
	const id = datasetId(plan.id, target.id);
	const planDoc = index.get(plan.id)!;
	const figure = targetFigure(target);
	const rows = [...observations]
		.sort((a, b) => periodEnd(a.period) - periodEnd(b.period))
		.map((observation) => ({
			...observation,
			periodLabel: periodLabel(observation.period),
			periodCode: periodCode(observation.period),
			result: formatResult(target.kind, observation.value, observation.denominator),
			progress: progress(target, observation),
			sourceDoc: index.get(observation.source)!,
		}));
	const latest = rows.at(-1);
	const site = loadSiteConfig();
	const licence = licences[site.licence];
	return {
		id,
		href: routes.dataset(id),
		csvHref: routes.datasetCsv(id),
		jsonHref: routes.datasetJson(id),
		xlsxHref: routes.datasetXlsx(id),
		label: target.label,
		headline: headline({ label: target.label, target: figure, year: plan.data.year, latest }),
		subtitle: `${target.label}. Chỉ tiêu của ${planDoc.label}, ${sectionLabel(target.section)}; ${localityName(plan.data.locality)}, năm ${plan.data.year}. ${latest ? `${rows.length} kỳ báo cáo, mới nhất: ${latest.periodLabel}.` : 'Chưa có kỳ báo cáo nào được công bố.'}`,
		kind: target.kind,
		kindLabel: targetKinds[target.kind],
		unit: target.unit,
		locality: { id: plan.data.locality, name: localityName(plan.data.locality) },
		year: plan.data.year,
		plan: planDoc,
		target: {
			value: target.value,
			denominator: target.denominator,
			qualifiers: target.qualifiers,
			qualifierText: (figure.qualifiers ?? []).join(' '),
			figure: formatTarget(figure),
			statement: target.statement,
			section: target.section,
			sectionName: sectionLabel(target.section),
			sectionHref: anchorHref(planDoc.href, target.section),
		},
		observations: rows,
		latest,
		partOf: target.partOf ? datasetId(plan.id, target.partOf) : undefined,
		headlineTarget: target.headline,
		licence: { id: site.licence, ...licence },
	};
}

let datasetsPromise: Promise<Dataset[]> | undefined;

/**
 * Every target of every plan as a dataset, with the results editors reported.
 */
export function getDatasets(): Promise<Dataset[]> {
	datasetsPromise ??= (async () => {
		const plans = await getPlans();
		const index = await getDocumentIndex();
		const legalIds = new Set([...index.values()].filter((doc) => doc.kind === 'legal').map((doc) => doc.id));
		const files = (await getCollection('indicators')).map((entry) => ({
			file: entry.filePath ?? entry.id,
			plan: entry.data.plan.id,
			target: entry.data.target,
			observations: entry.data.observations.map((observation) => ({ ...observation, source: observation.source.id })),
		}));
		// The content check has refused every result that does not fit its target: here they are only joined.
		const { byDataset } = joinIndicatorFiles(
			files,
			plans.map((plan) => ({ id: plan.id, year: plan.data.year, targets: plan.data.targets })),
			legalIds,
		);
		const labels = new Map(await Promise.all(plans.map(async (plan) => [plan.id, await getSectionLabels(plan.id)] as const)));
		return plans.flatMap((plan) =>
			plan.data.targets.map((target) =>
				buildDataset(plan, target, byDataset.get(datasetId(plan.id, target.id))?.observations ?? [], index, labels.get(plan.id)!),
			),
		);
	})();
	return datasetsPromise;
}

/** Latest result of a dataset, formatted, for tables elsewhere (plan pages). */
export async function latestResults(): Promise<(id: string) => string | undefined> {
	const datasets = await getDatasets();
	const byId = new Map(datasets.map((dataset) => [dataset.id, dataset]));
	return (id) => {
		const latest = byId.get(id)?.latest;
		return latest ? `${latest.result} (${latest.periodLabel})` : undefined;
	};
}

/** What a data file says when the portal has no public address: a demonstration copy, with no address to cite. */
export const DEMO_NOTE = siteUi.noAddress.file;

/** The JSON form of a dataset: the same facts as the page and the CSV; addresses only when the portal has a public one. */
export function datasetJson(dataset: Dataset, address: string | undefined) {
	const url = (path: string) => publicUrl(path, address);
	const withUrl = (path: string) => (address === undefined ? {} : { url: url(path) });
	return {
		id: dataset.id,
		title: dataset.label,
		headline: dataset.headline,
		kind: dataset.kind,
		unit: dataset.unit,
		locality: dataset.locality.name,
		year: dataset.year,
		target: {
			value: dataset.target.value,
			...(dataset.target.denominator !== undefined ? { denominator: dataset.target.denominator } : {}),
			qualifiers: dataset.target.qualifiers,
			figure: dataset.target.figure,
			statement: dataset.target.statement,
			source: { document: dataset.plan.label, section: dataset.target.sectionName, ...withUrl(dataset.target.sectionHref) },
		},
		...(dataset.partOf ? { partOf: dataset.partOf } : {}),
		observations: dataset.observations.map((observation) => ({
			period: observation.periodCode,
			periodLabel: observation.periodLabel,
			value: observation.value,
			...(observation.denominator !== undefined ? { denominator: observation.denominator } : {}),
			...(observation.progress !== undefined ? { progressPercent: observation.progress } : {}),
			source: {
				document: observation.sourceDoc.label,
				...withUrl(observation.sourceDoc.href),
				...(observation.sourceSection ? { section: observation.sourceSection } : {}),
			},
			...(observation.note ? { note: observation.note } : {}),
		})),
		status: dataset.observations.length === 0 ? dataUi.noReport : dataUi.hasReport,
		licence: { id: dataset.licence.id, name: dataset.licence.name, url: dataset.licence.url },
		...(address === undefined ? { demonstration: DEMO_NOTE } : { page: url(dataset.href) }),
	};
}
