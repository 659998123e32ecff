import { useEffect, useState } from "react";
import { graphql } from "./api";
import { ErrorList } from "./error-list";
import { formatDateTime, listedContext, STATUS_LABELS, type ApiError, type ContextualisationSummary } from "./model";
import { LIST_QUERY } from "./operations";
import type { Session } from "./review-app";

export function ContextualisationList({ session }: { session: Session }) {
  const [items, setItems] = useState<ContextualisationSummary[] | null>(null);
  const [errors, setErrors] = useState<ApiError[]>([]);

  useEffect(() => {
    let current = true;
    const context = listedContext(session.viewer);
    void graphql<{ contextualisations: ContextualisationSummary[] }>(session.endpoint, session.token, LIST_QUERY, { context }).then((outcome) => {
      if (!current) return;
      if (outcome.ok) setItems(outcome.data.contextualisations);
      else setErrors(outcome.errors);
    });
    return () => {
      current = false;
    };
  }, [session]);

  const scope = session.viewer.instance?.kind === "CPNE" ? `de ${session.viewer.instance.name}` : "de toutes les CPNE";
  return (
    <>
      <h1>Contextualisations {scope}</h1>
      <ErrorList errors={errors} />
      {items === null && errors.length === 0 && <p role="status">Chargement…</p>}
      {items && items.length === 0 && <p>Aucune contextualisation à relire.</p>}
      {items && items.length > 0 && (
        <table className="list">
          <caption>{items.length === 1 ? "1 contextualisation" : `${items.length} contextualisations`}, la plus récente d'abord</caption>
          <thead>
            <tr>
              <th scope="col">N°</th>
              <th scope="col">CPNE</th>
              <th scope="col">Certification</th>
              <th scope="col">Version de base</th>
              <th scope="col">Statut</th>
              <th scope="col">Mise à jour</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id} data-id={item.id}>
                <th scope="row">
                  <a href={`/review/${item.id}`} aria-label={`Relire la contextualisation n° ${item.id}`}>
                    {item.id}
                  </a>
                </th>
                <td>{item.context.name}</td>
                <td>{item.certification.name}</td>
                <td>
                  {item.baseVersion}
                  {item.outdated && <span className="badge warning"> version dépassée</span>}
                </td>
                <td>
                  <span className={`status status-${item.status}`}>{STATUS_LABELS[item.status]}</span>
                </td>
                <td>{formatDateTime(item.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
