/**
 * "there's been the Munich Security Conference" (this year's) … "he spoke at the Munich Security Conference
 * two years ago in 2019": a mention dated in another year than the meeting already read is another
 * edition of it, not that meeting again. A meeting read without a time is of the article's own year.
 */
const YEAR = /\b((?:19|20)\d{2})\b/;
/** "two years ago", "a year from now": a time counted in years from the report is another year than the report's. */
const YEARS_AWAY = /\byears?\s+(?:ago|from now|earlier)\b/i;

/** Whether `when` names a year and the meeting's own time (else the article's) names another. */
export function isOtherYear(when: string | null, meetingWhen: string | null, articleWhen: string | null | undefined): boolean {
  if (when && YEARS_AWAY.test(when) && !(meetingWhen && YEARS_AWAY.test(meetingWhen))) return true;
  const year = when ? YEAR.exec(when)?.[1] : undefined;
  const theirs = YEAR.exec(meetingWhen ?? articleWhen ?? '')?.[1];
  return year !== undefined && theirs !== undefined && year !== theirs;
}
