import { loadSiteConfig } from '../config/site';
import { routes } from '../lib/routes';
import { getEmergencyNumbers } from './national';
import { getServices, type ServiceView } from './services';

/** A locality of the help directory: its services, those with contact details first, the others apart and compact. */
export interface HelpLocality {
	id: string;
	name: string;
	href: string;
	count: number;
	/** Where the plans say to ask first about voluntary rehabilitation. */
	firstContacts: ServiceView[];
	withContact: ServiceView[];
	withoutContact: ServiceView[];
}

/** Services by locality and the locality filter links of the help directory. */
export async function getHelpDirectory() {
	const services = await getServices();
	const localities: HelpLocality[] = loadSiteConfig()
		.localities.map((locality) => {
			const own = services.filter((service) => service.locality.id === locality.id);
			return {
				id: locality.id,
				name: locality.name,
				href: routes.helpInLocality(locality.id),
				count: own.length,
				firstContacts: own.filter((service) => service.firstContact),
				withContact: own.filter((service) => service.hasContact),
				withoutContact: own.filter((service) => !service.hasContact),
			};
		})
		.filter((locality) => locality.count > 0);
	return { services, localities, emergency: await getEmergencyNumbers() };
}
