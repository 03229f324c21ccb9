/**
 * The data catalogue in DCAT (W3C Data Catalog Vocabulary, as profiled by DCAT-AP 3.0.0),
 * written as JSON-LD with its context inline, so that a national or provincial open-data
 * portal can harvest it without loading anything else. The shapes it is checked against are
 * in `dcat-shapes.ttl` beside this file.
 * @see https://semiceu.github.io/DCAT-AP/releases/3.0.0/
 */

const EU = 'http://publications.europa.eu/resource/authority';
const IANA = 'https://www.iana.org/assignments/media-types';

/** Formats the portal publishes: IANA media type and EU file-type code. */
export const DATA_FORMATS = {
	csv: { mediaType: 'text/csv', fileType: 'CSV' },
	xlsx: { mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', fileType: 'XLSX' },
	json: { mediaType: 'application/json', fileType: 'JSON' },
	zip: { mediaType: 'application/zip', fileType: 'ZIP' },
} as const;

export type DataFormat = keyof typeof DATA_FORMATS;

/** One file of a dataset. */
export interface DistributionInput {
	/** Absolute address of the file. */
	url: string;
	format: DataFormat;
	title: string;
}

/** A dataset as the catalogue describes it; every address absolute. */
export interface DatasetInput {
	/** Stable id (the dataset's URL slug). */
	id: string;
	/** The dataset's page. */
	page: string;
	title: string;
	description: string;
	keywords: readonly string[];
	/** Where it applies ("tỉnh Quảng Ninh"). */
	spatial: readonly string[];
	/** First and last day it covers, `YYYY-MM-DD`. */
	period: { start: string; end: string };
	/** The documents its figures come from. */
	sources: readonly { title: string; url: string }[];
	/** In words: where the figures come from. */
	provenance: string;
	distributions: readonly DistributionInput[];
	/** Ids of the datasets this one bundles. */
	parts?: readonly string[];
}

/** The catalogue; every address absolute. */
export interface CatalogueInput {
	/** Address of the catalogue file itself. */
	url: string;
	/** The page that lists the datasets. */
	homepage: string;
	title: string;
	description: string;
	publisher: { name: string; url?: string | undefined };
	/** Address of the licence of every dataset. */
	licence: string;
	/** The localities covered. */
	spatial: readonly string[];
	datasets: readonly DatasetInput[];
}

/**
 * Short names for the DCAT, Dublin Core and FOAF terms the catalogue uses. Text is
 * Vietnamese by default (`@language`); ids and dates are typed. Every key of the
 * document is a term of this context: a test expands it and fails on any dropped key.
 */
export const DCAT_CONTEXT = {
	'@version': 1.1,
	'@language': 'vi',
	dcat: 'http://www.w3.org/ns/dcat#',
	dct: 'http://purl.org/dc/terms/',
	foaf: 'http://xmlns.com/foaf/0.1/',
	skos: 'http://www.w3.org/2004/02/skos/core#',
	rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
	xsd: 'http://www.w3.org/2001/XMLSchema#',
	dcatap: 'http://data.europa.eu/r5r/',
	Catalog: 'dcat:Catalog',
	Dataset: 'dcat:Dataset',
	Distribution: 'dcat:Distribution',
	Agent: 'foaf:Agent',
	Document: 'foaf:Document',
	Location: 'dct:Location',
	PeriodOfTime: 'dct:PeriodOfTime',
	ProvenanceStatement: 'dct:ProvenanceStatement',
	title: 'dct:title',
	description: 'dct:description',
	identifier: { '@id': 'dct:identifier', '@language': null },
	name: 'foaf:name',
	label: 'rdfs:label',
	prefLabel: 'skos:prefLabel',
	keyword: 'dcat:keyword',
	publisher: 'dct:publisher',
	spatial: 'dct:spatial',
	temporal: 'dct:temporal',
	provenance: 'dct:provenance',
	relation: 'dct:relation',
	dataset: 'dcat:dataset',
	distribution: 'dcat:distribution',
	homepage: { '@id': 'foaf:homepage', '@type': '@id' },
	landingPage: { '@id': 'dcat:landingPage', '@type': '@id' },
	language: { '@id': 'dct:language', '@type': '@id' },
	license: { '@id': 'dct:license', '@type': '@id' },
	theme: { '@id': 'dcat:theme', '@type': '@id' },
	themeTaxonomy: { '@id': 'dcat:themeTaxonomy', '@type': '@id' },
	hasPart: { '@id': 'dct:hasPart', '@type': '@id' },
	accessURL: { '@id': 'dcat:accessURL', '@type': '@id' },
	downloadURL: { '@id': 'dcat:downloadURL', '@type': '@id' },
	mediaType: { '@id': 'dcat:mediaType', '@type': '@id' },
	format: { '@id': 'dct:format', '@type': '@id' },
	availability: { '@id': 'dcatap:availability', '@type': '@id' },
	startDate: { '@id': 'dcat:startDate', '@type': 'xsd:date' },
	endDate: { '@id': 'dcat:endDate', '@type': 'xsd:date' },
} as const;

/** Vietnamese, in the EU language table DCAT-AP asks for. */
const VIETNAMESE = `${EU}/language/VIE`;
/** "Population and society", the EU data theme of social programmes. */
const THEME = `${EU}/data-theme/SOCI`;
/** The files stay at their address (DCAT-AP's planned availability). */
const STABLE = `${EU}/planned-availability/STABLE`;

const datasetIri = (dataset: Pick<DatasetInput, 'page'>) => `${dataset.page}#bo-du-lieu`;

function distribution(input: DistributionInput, licence: string) {
	const format = DATA_FORMATS[input.format];
	return {
		'@type': 'Distribution',
		title: input.title,
		accessURL: input.url,
		downloadURL: input.url,
		mediaType: `${IANA}/${format.mediaType}`,
		format: `${EU}/file-type/${format.fileType}`,
		license: licence,
		availability: STABLE,
	};
}

/** The catalogue as a JSON-LD document. */
export function dcatCatalogue(input: CatalogueInput) {
	const publisher = {
		'@id': `${input.url}#don-vi-cong-bo`,
		'@type': 'Agent',
		name: input.publisher.name,
		...(input.publisher.url ? { homepage: input.publisher.url } : {}),
	};
	const byId = new Map(input.datasets.map((dataset) => [dataset.id, dataset]));
	const known = (id: string) => {
		const part = byId.get(id);
		if (!part) throw new Error(`Danh mục dữ liệu: không có bộ dữ liệu "${id}"`);
		return part;
	};
	return {
		'@context': DCAT_CONTEXT,
		'@id': `${input.url}#danh-muc`,
		'@type': 'Catalog',
		title: input.title,
		description: input.description,
		publisher,
		homepage: input.homepage,
		language: VIETNAMESE,
		license: input.licence,
		themeTaxonomy: `${EU}/data-theme`,
		spatial: input.spatial.map((name) => ({ '@type': 'Location', prefLabel: name })),
		dataset: input.datasets.map((dataset) => ({
			'@id': datasetIri(dataset),
			'@type': 'Dataset',
			identifier: dataset.id,
			title: dataset.title,
			description: dataset.description,
			keyword: dataset.keywords,
			theme: THEME,
			language: VIETNAMESE,
			landingPage: dataset.page,
			publisher: { '@id': publisher['@id'] },
			license: input.licence,
			spatial: dataset.spatial.map((name) => ({ '@type': 'Location', prefLabel: name })),
			temporal: { '@type': 'PeriodOfTime', startDate: dataset.period.start, endDate: dataset.period.end },
			relation: dataset.sources.map((source) => ({ '@id': source.url, '@type': 'Document', title: source.title })),
			provenance: { '@type': 'ProvenanceStatement', label: dataset.provenance },
			...(dataset.parts?.length ? { hasPart: dataset.parts.map((id) => datasetIri(known(id))) } : {}),
			distribution: dataset.distributions.map((file) => distribution(file, input.licence)),
		})),
	};
}
