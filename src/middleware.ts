import { defineMiddleware } from 'astro:middleware';
import { getEmergencyNumbers } from './data/national';

/**
 * What the frame of every page shows, prepared before the page renders: the national
 * emergency lines of the help strip and the footer (layouts render data, they do not read it).
 */
export const onRequest = defineMiddleware(async (context, next) => {
	context.locals.emergencyNumbers = await getEmergencyNumbers();
	return next();
});
