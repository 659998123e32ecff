declare module "@socialgouv/jours-feries" {
  interface Options {
    /** Adds Good Friday and 26 December (Alsace-Moselle). */
    alsace?: boolean;
  }

  /**
   * French public holidays of a year, keyed by their French name. Each Date is local midnight
   * of the running process (built with `new Date(year, month, day)`), not a UTC date.
   */
  function getJoursFeries(year: number, options?: Options): Record<string, Date>;

  export = getJoursFeries;
}
