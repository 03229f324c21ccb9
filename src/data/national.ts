import { getCollection, type CollectionEntry } from 'astro:content';
import { telHref } from '../lib/contact';

export type NationalEntry = CollectionEntry<'national'>;

/** A national phone line as the help parts show it. */
export interface EmergencyNumber {
	id: string;
	number: string;
	href: string;
	label: string;
	short: string;
	everyPage: boolean;
	/** Where the fact comes from (the entry's own source). */
	source: string;
}

let factsPromise: Promise<NationalEntry[]> | undefined;

/** Every national entry, in its order. */
export function getNationalFacts(): Promise<NationalEntry[]> {
	factsPromise ??= getCollection('national').then((entries) =>
		entries.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id)),
	);
	return factsPromise;
}

/** The national phone lines (113, 115, 111), in their order. */
export async function getEmergencyNumbers(): Promise<EmergencyNumber[]> {
	return (await getNationalFacts()).flatMap((entry) =>
		entry.data.phone === undefined
			? []
			: [
					{
						id: entry.id,
						number: entry.data.phone,
						href: telHref(entry.data.phone),
						label: entry.data.title,
						short: entry.data.short ?? entry.data.title,
						everyPage: entry.data.everyPage,
						source: entry.data.source,
					},
				],
	);
}
