import { type IsoDate, todayInParis } from "./calendar/working-days";

/** Today's date in Paris, injectable so that deadline scenarios can be replayed. */
export interface Clock {
  today(): IsoDate;
}

export const systemClock: Clock = { today: () => todayInParis() };
