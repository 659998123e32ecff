import type { ApiError } from "./model";

/** The API's refusal, read out at once: its message and, for a structure violation, every item. */
export function ErrorList({ errors, title = "L'opération n'a pas abouti" }: { errors: ApiError[]; title?: string }) {
  if (errors.length === 0) return null;
  return (
    <div className="error-box" role="alert">
      <p className="error-title">{title}</p>
      <ul>
        {errors.map((error, index) => (
          <li key={index}>
            {error.message}
            {error.code && <span className="error-code"> ({error.code})</span>}
            {error.details.length > 0 && (
              <ul className="error-details">
                {error.details.map((detail) => (
                  <li key={detail}>{detail}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
