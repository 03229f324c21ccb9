import { loadSiteConfig } from '../config/site';
import { routes } from '../lib/routes';
import { getServices } from './services';

/** Services and the locality filter links of the help directory. */
export async function getHelpDirectory() {
	const services = await getServices();
	const localities = loadSiteConfig()
		.localities.map((locality) => ({
			id: locality.id,
			name: locality.name,
			href: routes.helpInLocality(locality.id),
			count: services.filter((service) => service.locality.id === locality.id).length,
		}))
		.filter((locality) => locality.count > 0);
	return { services, localities };
}
