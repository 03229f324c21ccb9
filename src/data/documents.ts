import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { loadSiteConfig } from '../config/site';
import { comparePartialDates, parsePartialDate } from '../lib/dates';
import { documentLabel, sectionName } from '../lib/document-display';
import { buildRelationGraph, dependentsOf, groupByKind, type Relation, type RelationGraph } from '../lib/relations';
import { anchorHref, routes } from '../lib/routes';
import { sectionLabels } from '../lib/sections';
import { documentTypes, relationKinds } from '../schemas/vocabulary';

export type PlanEntry = CollectionEntry<'plans'>;
export type LegalEntry = CollectionEntry<'legal'>;

/** What lists, links and diagrams need to know of any document, plan or not. */
export interface DocumentSummary {
	id: string;
	kind: 'plan' | 'legal';
	href: string;
	/** Short name: "Kế hoạch 146/KH-UBND". */
	label: string;
	title: string;
	typeLabel: string;
	number?: string | undefined;
	issued?: string | undefined;
	file: string;
}

/** A relation with where it was read, for lists on document pages. */
export interface DocumentRelation extends Relation {
	/** For a relation between two cited documents: the plan and section that state it. */
	statedIn?: { plan: string; section: string } | undefined;
}

/** Newest first by date of issue (a month-only date sorts before the days of that month), then by year. */
function byIssuedDesc(a: PlanEntry, b: PlanEntry): number {
	const da = a.data.issued ? parsePartialDate(a.data.issued) : undefined;
	const db = b.data.issued ? parsePartialDate(b.data.issued) : undefined;
	if (da && db) return comparePartialDates(db, da);
	return b.data.year - a.data.year || a.id.localeCompare(b.id);
}

/** All plans, newest first. */
export async function getPlans(): Promise<PlanEntry[]> {
	return (await getCollection('plans')).sort(byIssuedDesc);
}

/** The full text (MDX) of a plan (the content check has made every plan have one). */
export async function getPlanText(plan: Pick<PlanEntry, 'id'>): Promise<CollectionEntry<'planTexts'>> {
	return (await getEntry('planTexts', plan.id))!;
}

const labelsPromises = new Map<string, Promise<(anchor: string) => string>>();

/**
 * How readers cite a section of a document: from a plan's own headings ("mục I.2.4"),
 * or, for a document whose text the portal does not hold, from the anchor alone.
 */
export async function getSectionLabels(id: string): Promise<(anchor: string) => string> {
	let labels = labelsPromises.get(id);
	if (!labels) {
		labels = (async () => {
			const text = (await getCollection('plans')).some((plan) => plan.id === id) ? await getPlanText({ id }) : undefined;
			return text ? sectionLabels(text.body ?? '') : sectionName;
		})();
		labelsPromises.set(id, labels);
	}
	return labels;
}

/** All cited documents, by type then number. */
export async function getLegalDocuments(): Promise<LegalEntry[]> {
	return (await getCollection('legal')).sort(
		(a, b) => a.data.type.localeCompare(b.data.type) || a.data.title.localeCompare(b.data.title, 'vi'),
	);
}

function summarise(entry: PlanEntry | LegalEntry, kind: 'plan' | 'legal'): DocumentSummary {
	const typeLabel = documentTypes[entry.data.type];
	const label =
		kind === 'plan' && !entry.data.number
			? `${typeLabel} năm ${(entry as PlanEntry).data.year} của ${entry.data.issuer ?? ''} (chưa có số)`.replace(' của  ', ' ')
			: documentLabel({ title: entry.data.title, number: entry.data.number, typeLabel });
	return {
		id: entry.id,
		kind,
		href: kind === 'plan' ? routes.plan(entry.id) : routes.legalDocument(entry.id),
		label: label.replace('Ủy ban nhân dân', 'UBND'),
		title: entry.data.title,
		typeLabel,
		number: entry.data.number,
		issued: entry.data.issued,
		file: entry.filePath ?? entry.id,
	};
}

let indexPromise: Promise<Map<string, DocumentSummary>> | undefined;

/** Every document by id; the content check makes ids unique across plans and cited documents. */
export function getDocumentIndex(): Promise<Map<string, DocumentSummary>> {
	indexPromise ??= (async () => {
		const index = new Map<string, DocumentSummary>();
		const entries: [PlanEntry | LegalEntry, 'plan' | 'legal'][] = [
			...(await getPlans()).map((entry) => [entry, 'plan'] as [PlanEntry, 'plan']),
			...(await getLegalDocuments()).map((entry) => [entry, 'legal'] as [LegalEntry, 'legal']),
		];
		for (const [entry, kind] of entries) index.set(entry.id, summarise(entry, kind));
		return index;
	})();
	return indexPromise;
}

/** The forward relations written in every plan and cited document. */
async function getRelations(): Promise<DocumentRelation[]> {
	const entries: (PlanEntry | LegalEntry)[] = [...(await getPlans()), ...(await getLegalDocuments())];
	return entries.flatMap((entry) =>
		entry.data.relations.map((relation) => ({
			from: entry.id,
			to: relation.document.id,
			kind: relation.kind,
			section: relation.section,
			citedAs: relation.citedAs,
			statedIn: relation.statedIn ? { plan: relation.statedIn.plan.id, section: relation.statedIn.section } : undefined,
		})),
	);
}

let graphPromise: Promise<RelationGraph & { relations: DocumentRelation[] }> | undefined;

/** The relation graph (the content check has refused unknown documents and cycles). */
export function getRelationGraph() {
	graphPromise ??= (async () => {
		const index = await getDocumentIndex();
		const relations = await getRelations();
		const graph = buildRelationGraph(
			[...index.values()].map((doc) => ({ id: doc.id, file: doc.file })),
			relations,
		);
		return { ...graph, relations };
	})();
	return graphPromise;
}

/** Name of a locality id, as the site config gives it. */
export function localityName(id: string): string {
	return loadSiteConfig().localities.find((locality) => locality.id === id)?.name ?? id;
}

/** One document in a relation list, with every place the relation is stated. */
export interface RelatedDocument {
	doc: DocumentSummary;
	/** Links to the sections where the relation is written, with the citation's words. */
	citations: { href: string; sectionName: string; citedAs?: string | undefined }[];
}

/** Relations of one kind, read in one direction. */
export interface RelationGroup {
	kind: string;
	label: string;
	items: RelatedDocument[];
}

/** The relations of a document, both ways, and the documents that reach it through a chain. */
export interface DocumentRelations {
	forward: RelationGroup[];
	backward: RelationGroup[];
	/** Documents resting on this one only through others: [dependent, …via]. */
	chains: { doc: DocumentSummary; via: DocumentSummary[]; kinds: string[] }[];
}

/**
 * Where a relation is written: a section of the naming document ("mục II.4"),
 * or, for a relation between two cited documents, the plan that states it.
 */
function citationOf(relation: DocumentRelation, index: Map<string, DocumentSummary>, labels: Map<string, (anchor: string) => string>) {
	if (relation.statedIn) {
		const plan = index.get(relation.statedIn.plan);
		return {
			href: anchorHref(plan?.href ?? '#', relation.statedIn.section),
			sectionName: `theo ${plan?.label ?? relation.statedIn.plan}, ${labels.get(relation.statedIn.plan)!(relation.statedIn.section)}`,
			citedAs: relation.citedAs,
		};
	}
	const base = index.get(relation.from)?.href ?? '#';
	return {
		href: relation.section ? anchorHref(base, relation.section) : base,
		sectionName: relation.section ? labels.get(relation.from)!(relation.section) : '',
		citedAs: relation.citedAs,
	};
}

/** Both directions of a document's relations, grouped by kind, for lists and diagrams. */
export async function getDocumentRelations(id: string): Promise<DocumentRelations> {
	const index = await getDocumentIndex();
	const graph = await getRelationGraph();
	const toGroups = (relations: DocumentRelation[], key: 'to' | 'from', direction: 'forward' | 'backward'): RelationGroup[] =>
		[...groupByKind(relations, key)].map(([kind, lists]) => ({
			kind,
			label: relationKinds[kind as keyof typeof relationKinds][direction],
			items: lists.map((list) => ({
				doc: index.get(list[0]![key])!,
				citations: (list as DocumentRelation[]).map((relation) => citationOf(relation, index, labels)),
			})),
		}));
	const outgoing = (graph.outgoing.get(id) ?? []) as DocumentRelation[];
	const incoming = (graph.incoming.get(id) ?? []) as DocumentRelation[];
	const cited = new Set([...outgoing, ...incoming].map((relation) => relation.statedIn?.plan ?? relation.from));
	const labels = new Map(await Promise.all([...cited].map(async (doc) => [doc, await getSectionLabels(doc)] as const)));
	const direct = new Set(incoming.map((relation) => relation.from));
	return {
		forward: toGroups(outgoing, 'to', 'forward'),
		backward: toGroups(incoming, 'from', 'backward'),
		chains: dependentsOf(graph, id)
			.filter((dependent) => !direct.has(dependent.id))
			.map((dependent) => ({
				doc: index.get(dependent.id)!,
				via: dependent.path.slice(1, -1).map((step) => index.get(step)!),
				kinds: dependent.kinds,
			})),
	};
}
