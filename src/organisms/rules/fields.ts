import { isIsoDate, type IsoDate } from "../../common/calendar/working-days";

/** One invalid input field: `field` is its path in the GraphQL input, `message` names it for a person. */
export interface FieldError {
  readonly field: string;
  readonly message: string;
}

export type Checked<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly errors: readonly FieldError[] };

/** Collects every invalid field of an input, so that one answer lists them all. */
export class InputCheck {
  readonly errors: FieldError[] = [];

  fail(field: string, label: string, message: string): void {
    this.errors.push({ field, message: `${label} (${field}) : ${message}` });
  }

  /** Trimmed, inner whitespace collapsed, never blank, at most `max` characters. */
  requiredText(field: string, label: string, value: string | null | undefined, max: number): string {
    const text = collapse(value);
    if (text === "") this.fail(field, label, "obligatoire, il ne peut pas être vide.");
    else if ([...text].length > max) this.fail(field, label, `${max} caractères au plus (${[...text].length} saisis).`);
    return text;
  }

  /** Like requiredText, but blank means "none" (null). */
  optionalText(field: string, label: string, value: string | null | undefined, max: number): string | null {
    const text = collapse(value);
    if (text === "") return null;
    if ([...text].length > max) this.fail(field, label, `${max} caractères au plus (${[...text].length} saisis).`);
    return text;
  }

  date(field: string, label: string, value: string | null | undefined): IsoDate | null {
    const text = (value ?? "").trim();
    if (!isIsoDate(text)) {
      this.fail(field, label, `date attendue au format AAAA-MM-JJ, « ${value ?? ""} » n'en est pas une.`);
      return null;
    }
    return text;
  }

  notAfterToday(field: string, label: string, date: IsoDate | null, today: IsoDate, what: string): void {
    if (date !== null && date > today) this.fail(field, label, `${what} ne peut pas être postérieure à aujourd'hui (${today}).`);
  }

  result<T>(value: T): Checked<T> {
    return this.errors.length === 0 ? { ok: true, value } : { ok: false, errors: this.errors };
  }
}

export function collapse(value: string | null | undefined): string {
  return typeof value === "string" ? value.replace(/\s+/g, " ").trim() : "";
}
