import { DateTime } from "luxon";
import { type IsoDate, PARIS_ZONE, assertIsoDate, parisDate } from "./calendar/working-days";

/** Today's date in Paris and the current instant, injectable so that whole procedures can be replayed. */
export interface Clock {
  today(): IsoDate;
  now(): Date;
}

/** The date in Paris of an instant, now by default. */
export function todayInParis(now: Date = new Date()): IsoDate {
  return parisDate(now);
}

export const systemClock: Clock = {
  today: () => todayInParis(),
  now: () => new Date(),
};

/**
 * A clock whose date can be set (tests, and the development clock): the set day at the current Paris time of day,
 * so that journal entries written on one day keep their order.
 */
export class SettableClock implements Clock {
  private fixed: IsoDate | null;

  constructor(today: IsoDate | null = null) {
    if (today !== null) assertIsoDate(today, "today");
    this.fixed = today;
  }

  set(today: IsoDate | null): void {
    if (today !== null) assertIsoDate(today, "today");
    this.fixed = today;
  }

  today(): IsoDate {
    return this.fixed ?? systemClock.today();
  }

  now(): Date {
    const real = systemClock.now();
    if (this.fixed === null) return real;
    const time = DateTime.fromJSDate(real, { zone: PARIS_ZONE });
    const [year, month, day] = this.fixed.split("-").map(Number);
    return time.set({ year, month, day }).toJSDate();
  }
}
