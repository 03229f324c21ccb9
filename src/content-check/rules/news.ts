import { partialDateToIso, vietnamDay } from '../../lib/dates';
import type { CrossFileRule } from '../context';
import { fieldError } from '../problem';

/** An item's event is earlier than (or the day of) its posting: the posting date is when the portal published it. */
export const newsEventsPrecedePosting: CrossFileRule = ({ entries }) =>
	entries('news').flatMap((entry) => {
		const posted = partialDateToIso(vietnamDay(entry.data.date));
		const event = entry.data.eventDate;
		if (event === undefined || event <= posted) return [];
		return [
			fieldError(
				entry.file,
				entry.lineOf(['eventDate']),
				['eventDate'],
				`ngày của sự việc (${event}) sau ngày đăng (${posted}): ngày đăng là ngày tin lên cổng, ngày sự việc là ngày việc đã xảy ra`,
			),
		];
	});
