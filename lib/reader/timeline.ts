import { shownDate, weekdayIn, weekdayOf } from './dates';

/** One meeting as one article reports it. */
export interface ReportedMeeting {
  id: string;
  articleId: string;
  what: string;
  place: string | null;
  whenText: string | null;
  /** The date the extraction resolved from an anchor in the article, if any. */
  date: string | null;
  /** Its position in a sequence the article states (1 = first), if any. */
  order: number | null;
  /** Articles whose text supports this meeting (the cross-article step's finding). */
  supportedBy: string[];
  /** Where it sits in its article, to keep the article's own order among equals. */
  start: number;
}

/** One event on the timeline: the meetings that report it, and when it happened if an article says. */
export interface TimelineEvent {
  /** The id of its first report: stable across renders, used as the page anchor. */
  key: string;
  reports: ReportedMeeting[];
  /** A date some report gives (the earliest when reports differ), or null: "date not given". */
  date: string | null;
  /** The reports give different dates. */
  datesDisagree: boolean;
  /** 'date': placed by its date; 'sequence': undated, placed by the order an article states; 'none': date not given. */
  placedBy: 'date' | 'sequence' | 'none';
}

const norm = (text: string | null) => (text ?? '').trim().toLowerCase();

function datesOf(m: ReportedMeeting): string | null {
  return shownDate(m.date, m.whenText);
}

/** Nothing in two reports says they are different events. */
function compatible(a: ReportedMeeting, b: ReportedMeeting): boolean {
  if (a.articleId === b.articleId) return false;
  if (a.place && b.place && norm(a.place) !== norm(b.place)) return false;
  const [da, db] = [datesOf(a), datesOf(b)];
  if (da && db && da !== db) return false;
  const [wa, wb] = [weekdayIn(a.whenText), weekdayIn(b.whenText)];
  if (wa !== null && wb !== null && wa !== wb) return false;
  if (da && wb !== null && weekdayOf(da) !== wb) return false;
  if (db && wa !== null && weekdayOf(db) !== wa) return false;
  return true;
}

/** The cross-article step found them together, they name one place, and something ties their time. */
function sameEvent(a: ReportedMeeting, b: ReportedMeeting): boolean {
  if (!a.supportedBy.includes(b.articleId) || !b.supportedBy.includes(a.articleId)) return false;
  if (!a.place || norm(a.place) !== norm(b.place) || !compatible(a, b)) return false;
  const sameDate = datesOf(a) !== null && datesOf(a) === datesOf(b);
  const sameWeekday = weekdayIn(a.whenText) !== null && weekdayIn(a.whenText) === weekdayIn(b.whenText);
  const sameOrder = a.order !== null && a.order === b.order;
  const sameWords = norm(a.whenText) !== '' && norm(a.whenText) === norm(b.whenText);
  return sameDate || sameWeekday || sameOrder || sameWords;
}

class Groups {
  private parent = new Map<string, string>();
  find(id: string): string {
    const p = this.parent.get(id) ?? id;
    if (p === id) return id;
    const root = this.find(p);
    this.parent.set(id, root);
    return root;
  }
  union(a: string, b: string): boolean {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra === rb) return false;
    this.parent.set(rb, ra);
    return true;
  }
}

/**
 * Groups reports of one meeting across articles: those the cross-article step tied together that name the
 * same place and time; then, where two articles tell the same series ("Geneva, then Brussels, then
 * Vienna") and agree on one step of it, their other steps at the same position (when nothing contradicts).
 */
function groupReports(meetings: readonly ReportedMeeting[]): ReportedMeeting[][] {
  const groups = new Groups();
  for (const a of meetings) for (const b of meetings) if (a.id < b.id && sameEvent(a, b)) groups.union(a.id, b.id);
  const ordered = meetings.filter((m) => m.order !== null);
  let changed = true;
  while (changed) {
    changed = false;
    for (const a of ordered)
      for (const b of ordered) {
        if (a.articleId >= b.articleId || a.order !== b.order || groups.find(a.id) === groups.find(b.id) || !compatible(a, b)) continue;
        const linked = ordered.some((x) => x.articleId === a.articleId && ordered.some((y) => y.articleId === b.articleId && x.order === y.order && groups.find(x.id) === groups.find(y.id)));
        if (linked) changed = groups.union(a.id, b.id) || changed;
      }
  }
  const byRoot = new Map<string, ReportedMeeting[]>();
  for (const m of meetings) byRoot.set(groups.find(m.id), [...(byRoot.get(groups.find(m.id)) ?? []), m]);
  return [...byRoot.values()];
}

type Key = { date: string; step: number };

/**
 * The meetings of a library in the order they happened. Reports of one meeting become one event. An event
 * with a date is placed by it; one without is placed by the series an article states ("followed by …",
 * "the next day"), right after the step before it; any other is listed last with "date not given".
 *
 * @param articleOrder article ids in library order, to keep a stable order among equals
 */
export function buildTimeline(meetings: readonly ReportedMeeting[], articleOrder: readonly string[]): TimelineEvent[] {
  const rank = (m: ReportedMeeting) => [articleOrder.indexOf(m.articleId), m.start] as const;
  const events = groupReports(meetings).map((reports) => {
    reports.sort((a, b) => rank(a)[0] - rank(b)[0] || rank(a)[1] - rank(b)[1]);
    const dates = [...new Set(reports.map(datesOf).filter((d): d is string => d !== null))].sort();
    const event: TimelineEvent = { key: reports[0]!.id, reports, date: dates[0] ?? null, datesDisagree: dates.length > 1, placedBy: dates.length ? 'date' : 'none' };
    return event;
  });
  const keys = placeBySequence(events);
  const first = (e: TimelineEvent) => rank(e.reports[0]!);
  return events.toSorted((a, b) => {
    const [ka, kb] = [keys.get(a.key), keys.get(b.key)];
    if (ka && kb) return ka.date.localeCompare(kb.date) || ka.step - kb.step || first(a)[0] - first(b)[0] || first(a)[1] - first(b)[1];
    if (ka || kb) return ka ? -1 : 1;
    return first(a)[0] - first(b)[0] || first(a)[1] - first(b)[1];
  });
}

/** Sort keys: dated events by date; undated ones just after (or before) a placed neighbour in a stated series. */
function placeBySequence(events: TimelineEvent[]): Map<string, Key> {
  const keys = new Map<string, Key>();
  const eventOf = new Map<string, TimelineEvent>();
  for (const e of events) {
    for (const r of e.reports) eventOf.set(r.id, e);
    if (e.date) keys.set(e.key, { date: e.date, step: 0 });
  }
  const reports = events.flatMap((e) => e.reports);
  const neighbour = (r: ReportedMeeting, delta: number) =>
    reports.find((x) => x.articleId === r.articleId && r.order !== null && x.order === r.order + delta);
  let changed = true;
  while (changed) {
    changed = false;
    for (const e of events) {
      if (keys.has(e.key)) continue;
      for (const r of e.reports) {
        const before = neighbour(r, -1);
        const after = neighbour(r, 1);
        const anchor = before ? keys.get(eventOf.get(before.id)!.key) : undefined;
        const next = after ? keys.get(eventOf.get(after.id)!.key) : undefined;
        const key = anchor ? { date: anchor.date, step: anchor.step + 1 } : next ? { date: next.date, step: next.step - 1 } : undefined;
        if (key) {
          keys.set(e.key, key);
          e.placedBy = 'sequence';
          changed = true;
          break;
        }
      }
    }
  }
  return keys;
}
