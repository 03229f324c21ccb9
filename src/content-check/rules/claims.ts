/**
 * Claims carry proof: every quote a content file gives as a plan's words stands in the
 * section it names, after the plan's declared repairs (the published text), compared
 * letter for letter with marks and spacing normalised (`src/lib/quotes.ts`); and the
 * sentence shown keeps what its quote says: its figures, its qualifiers, and "mục tiêu"
 * when the quote is a target.
 */
import { droppedQualifiers, quoteOccursIn, unsupportedNumbers } from '../../lib/quotes';
import { planSections, type PlanSection } from '../../lib/sections';
import { CLAIM, CLAIM_SOURCE, findTagged, type Claim } from '../../schemas/claim';
import { COLLECTION_NAMES, COLLECTIONS, type CollectionDefinition, type DataCollectionName } from '../../schemas/collections';
import type { CheckContext, CheckedEntry, CrossFileRule } from '../context';
import { fieldError, type ContentProblem } from '../problem';

type Path = (string | number)[];
type Reference = { id: string };
/** What a tagged source holds (a claim's source, a plan quote). */
interface SourceValue {
	plan?: Reference | undefined;
	section?: string | undefined;
	legal?: Reference | undefined;
	national?: Reference | undefined;
	quote?: string | undefined;
}

/** Collections whose entries are checked against a schema. */
const DATA_COLLECTIONS = COLLECTION_NAMES.filter(
	(name): name is DataCollectionName => (COLLECTIONS[name] as CollectionDefinition).schema !== undefined,
);

const sectionsCache = new WeakMap<CheckContext, Map<string, Map<string, PlanSection> | undefined>>();

/** The sections of a plan's published text, read once per check; undefined when the plan or its text is missing or invalid. */
function sectionsOf(context: CheckContext, planId: string): Map<string, PlanSection> | undefined {
	let cache = sectionsCache.get(context);
	if (!cache) {
		cache = new Map();
		sectionsCache.set(context, cache);
	}
	if (!cache.has(planId)) {
		const text = context.entries('plans').some((plan) => plan.id === planId) ? context.planText(planId) : undefined;
		let sections: Map<string, PlanSection> | undefined;
		try {
			sections = text === undefined ? undefined : planSections(text);
		} catch {
			// A duplicate anchor fails the plan text's own build step, naming it.
			sections = undefined;
		}
		cache.set(planId, sections);
	}
	return cache.get(planId);
}

/** Problems at a field of an entry, with its line. */
function reporter(entry: CheckedEntry<DataCollectionName>, problems: ContentProblem[]) {
	return (path: Path, message: string) => problems.push(fieldError(entry.file, entry.lineOf(path), path, message));
}

/** Checks that `quote` stands in `section` of `planId`; reports at the section or the quote field. */
function checkPlanQuote(
	context: CheckContext,
	report: (path: Path, message: string) => void,
	planId: string,
	section: string,
	quote: string,
	paths: { section: Path; quote: Path },
): void {
	const sections = sectionsOf(context, planId);
	if (!sections) return; // the plan's own problems say why
	const found = sections.get(section);
	if (!found) {
		report(paths.section, `kế hoạch ${planId} không có mục "${section}"`);
		return;
	}
	if (!quoteOccursIn(quote, found.text)) {
		report(
			paths.quote,
			`câu trích không có nguyên văn trong ${found.label} (${section}) của kế hoạch ${planId}: chép lại đúng từng chữ, từng dấu của mục đó`,
		);
	}
}

/** Every quote given as a plan's or a cited document's words stands where it says. */
export const claimQuotesStandInTheirSections: CrossFileRule = (context) => {
	const problems: ContentProblem[] = [];
	const legal = new Map(context.entries('legal').map((entry) => [entry.id, entry.data]));
	for (const collection of DATA_COLLECTIONS) {
		const schema = context.schemaOf(collection);
		for (const entry of context.entries(collection)) {
			const report = reporter(entry, problems);
			for (const { path, value } of findTagged(schema, entry.data, CLAIM_SOURCE)) {
				const source = value as SourceValue;
				if (source.plan && source.section !== undefined && source.quote !== undefined) {
					checkPlanQuote(context, report, source.plan.id, source.section, source.quote, {
						section: [...path, 'section'],
						quote: [...path, 'quote'],
					});
				} else if (source.legal && source.quote !== undefined) {
					const document = legal.get(source.legal.id);
					if (document && ![document.title, document.subject ?? ''].some((text) => quoteOccursIn(source.quote!, text))) {
						report([...path, 'quote'], `câu trích không có trong tên hay trích yếu của văn bản ${source.legal.id}`);
					}
				}
			}
		}
	}
	return problems;
};

/** Words that make a figure an aim: a sentence drawn from a target says so. */
const TARGET_WORDING = /mục tiêu|chỉ tiêu/iu;
/** A plan asks (đề nghị) the Party's and the Front's bodies; a sentence drawn from such a section says it asks. */
const REQUEST_WORDING = /đề nghị/iu;

/**
 * A claim shows what its source says and no more: no figure its quote (or the plan's
 * year and number, or the national entry) lacks, every qualifier of the quote
 * ("trên", "ít nhất", "phấn đấu"), "mục tiêu" when it quotes a plan's targets, and
 * "đề nghị" when it quotes what a plan requests rather than assigns.
 */
export const claimsKeepTheirSourcesWords: CrossFileRule = (context) => {
	const problems: ContentProblem[] = [];
	const plans = new Map(context.entries('plans').map((entry) => [entry.id, entry.data]));
	const legal = new Map(context.entries('legal').map((entry) => [entry.id, entry.data]));
	const national = new Map(context.entries('national').map((entry) => [entry.id, entry.data]));
	for (const collection of DATA_COLLECTIONS) {
		const schema = context.schemaOf(collection);
		for (const entry of context.entries(collection)) {
			const report = reporter(entry, problems);
			for (const { path, value } of findTagged(schema, entry.data, CLAIM)) {
				const claim = value as Claim;
				const source = claim.source;
				if (!source) continue;
				const textPath = [...path, 'text'];
				let evidence: string[] | undefined;
				if (source.plan) {
					const plan = plans.get(source.plan.id);
					if (plan) {
						evidence = [source.quote ?? '', String(plan.year), plan.number ?? ''];
						if (plan.targets.some((target) => target.section === source.section) && !TARGET_WORDING.test(claim.text)) {
							report(textPath, 'câu lấy từ chỉ tiêu của kế hoạch phải nói rõ đó là "mục tiêu", không viết như việc đã có');
						}
						const requested = plan.responsibilities.some((item) => item.section === source.section && item.requested);
						if (requested && !REQUEST_WORDING.test(claim.text)) {
							report(textPath, 'mục này kế hoạch chỉ "đề nghị", không giao nhiệm vụ: câu hiển thị phải nói là kế hoạch đề nghị');
						}
					}
				} else if (source.legal) {
					const document = legal.get(source.legal.id);
					if (document) evidence = [source.quote ?? '', document.number ?? '', document.issued ?? ''];
				} else if (source.national) {
					const fact = national.get(source.national.id);
					if (fact) evidence = [fact.statement, fact.phone ?? ''];
				}
				if (evidence === undefined) continue;
				for (const number of unsupportedNumbers(claim.text, evidence)) {
					report(textPath, `số ${number} không có trong nguồn của câu: con số phải lấy đúng từ câu trích`);
				}
				for (const qualifier of source.quote ? droppedQualifiers(claim.text, source.quote) : []) {
					report(textPath, `câu trích ghi "${qualifier}": câu hiển thị phải giữ chữ này`);
				}
			}
		}
	}
	return problems;
};

/** A plan's own data quotes its text: each target's statement, each duty, each citation stands in its section. */
export const planDataQuotesItsText: CrossFileRule = (context) => {
	const problems: ContentProblem[] = [];
	for (const entry of context.entries('plans')) {
		const report = reporter(entry, problems);
		const check = (section: string, quote: string, at: Path, field: string) =>
			checkPlanQuote(context, report, entry.id, section, quote, { section: [...at, 'section'], quote: [...at, field] });
		entry.data.targets.forEach((target, index) => check(target.section, target.statement, ['targets', index], 'statement'));
		entry.data.responsibilities.forEach((item, index) =>
			item.duties.forEach((duty, dutyIndex) => check(item.section, duty, ['responsibilities', index], `duties.${dutyIndex}`)),
		);
		entry.data.relations.forEach((relation, index) => {
			if (relation.section !== undefined && relation.citedAs !== undefined)
				check(relation.section, relation.citedAs, ['relations', index], 'citedAs');
		});
	}
	for (const entry of context.entries('legal')) {
		const report = reporter(entry, problems);
		entry.data.relations.forEach((relation, index) => {
			if (relation.statedIn && relation.citedAs !== undefined) {
				checkPlanQuote(context, report, relation.statedIn.plan.id, relation.statedIn.section, relation.citedAs, {
					section: ['relations', index, 'statedIn', 'section'],
					quote: ['relations', index, 'citedAs'],
				});
			}
		});
	}
	return problems;
};

/** A service names a body only where a plan assigns it: each duty points at a section of the plan's "Tổ chức thực hiện". */
export const serviceDutiesAreAssigned: CrossFileRule = (context) => {
	const problems: ContentProblem[] = [];
	const plans = new Map(context.entries('plans').map((entry) => [entry.id, entry.data]));
	for (const entry of context.entries('services')) {
		const report = reporter(entry, problems);
		entry.data.duties.forEach((duty, index) => {
			const plan = plans.get(duty.plan.id);
			if (plan && !plan.responsibilities.some((item) => item.section === duty.section)) {
				report(
					['duties', index, 'section'],
					`mục "${duty.section}" không thuộc phần tổ chức thực hiện của kế hoạch ${duty.plan.id}: chỉ ghi cơ quan mà kế hoạch giao nhiệm vụ`,
				);
			}
		});
	}
	return problems;
};
