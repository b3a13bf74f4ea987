/** Reviews stored between two looks at a log, at least: a look that failed is tried again after this many. */
export const MIN_REVIEWS_BETWEEN_LOOKS = 20;

/**
 * When a process looks at a student's review log again to see whether their FSRS weights are due a fit.
 * A look counts the log, and a fit reads all of it, so both cost as much as the log is long: a student is
 * looked at on their first review since start, then only once the reviews stored here could have made a
 * fit due (a fifth of the log, at least 100, after a fit). The cost per review stays flat however long the
 * log grows. Reviews stored by other processes or devices only make a fit come a little later.
 *
 * @example
 * const schedule = new FitSchedule();
 * schedule.isLookDue('s1', 1); // true: the first review since start
 * schedule.lookAgainAfter('s1', 250); // the log needs 250 more reviews
 * schedule.isLookDue('s1', 1); // false, for the next 249 reviews
 */
export class FitSchedule {
  private readonly remaining = new Map<string, number>();

  constructor(private readonly maxStudents = 50_000) {}

  /**
   * Counts `stored` new reviews of a student; true when it is time to look at their log. The look is
   * booked: until lookAgainAfter is called for the student, no second look is due.
   */
  isLookDue(studentId: string, stored: number): boolean {
    const left = this.remaining.get(studentId);
    if (left !== undefined && left - stored > 0) {
      this.remaining.set(studentId, left - stored);
      return false;
    }
    if (left === undefined && this.remaining.size >= this.maxStudents) this.remaining.clear();
    this.remaining.set(studentId, Number.POSITIVE_INFINITY);
    return true;
  }

  /** After a look: the next one is due once this many more reviews are stored (at least MIN_REVIEWS_BETWEEN_LOOKS). */
  lookAgainAfter(studentId: string, reviews: number): void {
    this.remaining.set(studentId, Math.max(MIN_REVIEWS_BETWEEN_LOOKS, reviews));
  }
}
