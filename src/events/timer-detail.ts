/** The `detail` of `seminar-timer-start`, `seminar-timer-warning` and `seminar-timer-end`. */
export interface SeminarTimerDetail {
  /** When the transition was due (epoch ms). */
  at: number;
  /** When the timer noticed it (epoch ms): later than `at` when the page was hidden or asleep. */
  now: number;
  /** Start and end of the timed window (epoch ms). */
  start: number;
  end: number;
  /** The programme item's id, when the window is an item. */
  item?: string;
}
