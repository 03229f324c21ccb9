/** Every rule that spans files, in the order their problems are reported. */
import type { CrossFileRule } from '../context';
import { claimQuotesStandInTheirSections, claimsKeepTheirSourcesWords, planDataQuotesItsText, serviceDutiesAreAssigned } from './claims';
import { resultsMatchTargets } from './indicators';
import { ownRoutePagesExist } from './pages';
import { documentIdsAreDistinct, plansHaveTheirTexts } from './plan-texts';
import { newsEventsPrecedePosting } from './news';
import { relationsHaveNoCycles } from './relations';
import { campaignMaterialsExist, newsPicturesExist } from './uploads';

export const CROSS_FILE_RULES: readonly CrossFileRule[] = [
	plansHaveTheirTexts,
	documentIdsAreDistinct,
	relationsHaveNoCycles,
	resultsMatchTargets,
	newsPicturesExist,
	campaignMaterialsExist,
	ownRoutePagesExist,
	planDataQuotesItsText,
	claimQuotesStandInTheirSections,
	claimsKeepTheirSourcesWords,
	serviceDutiesAreAssigned,
	newsEventsPrecedePosting,
];
