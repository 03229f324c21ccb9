import { buildRelationGraph, findCycles } from '../../lib/relations';
import type { CrossFileRule } from '../context';

/** No document rests on itself through a chain of relations: the legal-basis diagram would never end. */
export const relationsHaveNoCycles: CrossFileRule = ({ entries }) => {
	const documents = [...entries('plans'), ...entries('legal')];
	const files = new Map(documents.map((entry) => [entry.id, entry.file]));
	const relations = documents.flatMap((entry) =>
		entry.data.relations
			.filter((relation) => files.has(relation.document.id))
			.map((relation) => ({ from: entry.id, to: relation.document.id, kind: relation.kind })),
	);
	const graph = buildRelationGraph(
		documents.map((entry) => ({ id: entry.id, file: entry.file })),
		relations,
	);
	return findCycles(graph).map((cycle) => ({
		severity: 'error' as const,
		file: files.get(cycle[0]!)!,
		field: 'relations',
		message: `quan hệ văn bản tạo thành vòng: ${cycle.join(' → ')}`,
	}));
};
