import { loadSiteConfig, siteAddress } from '../config/site';
import { formatPartialDate, parsePartialDate } from '../lib/dates';
import { metadataRows } from '../lib/document-display';
import { absoluteUrl } from '../lib/page-meta';
import { documentFields, documentTypes, effectiveStatuses } from '../schemas/vocabulary';
import { getDocumentIndex, getDocumentRelations, getLegalDocuments, type LegalEntry } from './documents';
import { documentDiagram } from './plan-page';

/** Everything a cited document's page renders. */
export async function legalPageModel(entry: LegalEntry) {
	const index = await getDocumentIndex();
	const summary = index.get(entry.id)!;
	const relations = await getDocumentRelations(entry.id);
	const data = entry.data;
	const site = loadSiteConfig();
	return {
		summary,
		relations,
		issuedText: data.issued ? formatPartialDate(parsePartialDate(data.issued)!) : undefined,
		metadata: metadataRows(data, {
			type: documentTypes[data.type],
			status: effectiveStatuses[data.status],
			labels: documentFields,
			extra: data.jurisdiction ? [{ key: 'jurisdiction', label: 'Phạm vi', value: data.jurisdiction }] : [],
		}),
		diagram: documentDiagram({ id: entry.id, label: summary.label }, relations),
		jsonLd: {
			'@context': 'https://schema.org',
			'@type': 'Legislation',
			name: data.subject ?? data.title,
			alternateName: summary.label,
			...(data.number ? { legislationIdentifier: data.number } : {}),
			legislationType: documentTypes[data.type],
			...(data.issued ? { legislationDate: data.issued } : {}),
			...(data.jurisdiction ? { legislationJurisdiction: data.jurisdiction } : {}),
			...(data.issuer ? { legislationPassedBy: { '@type': 'GovernmentOrganization', name: data.issuer } } : {}),
			inLanguage: 'vi',
			url: absoluteUrl(summary.href, siteAddress(site)),
		},
	};
}

/** Cited documents grouped by type, each with how many plans rest on it. */
export async function getLegalGroups() {
	const docs = await getLegalDocuments();
	const groups = new Map<
		string,
		{ type: string; label: string; items: { entry: LegalEntry; label: string; href: string; planCount: number }[] }
	>();
	for (const entry of docs) {
		const relations = await getDocumentRelations(entry.id);
		const planIds = new Set([
			...relations.backward.flatMap((group) => group.items.filter((item) => item.doc.kind === 'plan').map((item) => item.doc.id)),
			...relations.chains.filter((chain) => chain.doc.kind === 'plan').map((chain) => chain.doc.id),
		]);
		const summary = (await getDocumentIndex()).get(entry.id)!;
		const group = groups.get(entry.data.type) ?? { type: entry.data.type, label: documentTypes[entry.data.type], items: [] };
		group.items.push({ entry, label: summary.label, href: summary.href, planCount: planIds.size });
		groups.set(entry.data.type, group);
	}
	const order = Object.keys(documentTypes);
	return [...groups.values()].sort((a, b) => order.indexOf(a.type) - order.indexOf(b.type));
}
