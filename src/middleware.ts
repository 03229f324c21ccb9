import { defineMiddleware } from 'astro:middleware';
import { getEmergencyNumbers } from './data/national';
import { demoPlanNames } from './data/plan-list';

/**
 * What the frame of every page shows, prepared before the page renders: the national
 * emergency lines of the help strip and the footer, and the plans a demonstration copy's
 * footer names (layouts render data, they do not read it).
 */
export const onRequest = defineMiddleware(async (context, next) => {
	context.locals.emergencyNumbers = await getEmergencyNumbers();
	context.locals.demoPlans = await demoPlanNames();
	return next();
});
