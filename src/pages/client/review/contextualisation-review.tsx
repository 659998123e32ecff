import { useCallback, useEffect, useId, useState } from "react";
import { graphql } from "./api";
import { BaseChanges } from "./base-changes";
import { DecisionActions } from "./decision-actions";
import { ErrorList } from "./error-list";
import { allowedActions, changedItems, formatDateTime, STATUS_LABELS, type ApiError, type ContextualisationDetail } from "./model";
import { DETAIL_QUERY, SET_WORDING_MUTATION } from "./operations";
import type { Session } from "./review-app";
import { ReferentialTree } from "./referential-tree";

export function ContextualisationReview({ session, id }: { session: Session; id: string }) {
  const [detail, setDetail] = useState<ContextualisationDetail | null | undefined>(undefined);
  const [errors, setErrors] = useState<ApiError[]>([]);
  const [notice, setNotice] = useState("");
  const [changedOnly, setChangedOnly] = useState(false);
  const filterId = useId();

  const load = useCallback(async () => {
    const outcome = await graphql<{ contextualisation: ContextualisationDetail | null }>(session.endpoint, session.token, DETAIL_QUERY, { id });
    if (outcome.ok) {
      setDetail(outcome.data.contextualisation);
    } else if (outcome.errors.some((error) => error.code === "UNAUTHENTICATED")) {
      session.signOut(outcome.errors);
    } else {
      setDetail(null);
      setErrors(outcome.errors);
    }
  }, [session, id]);

  useEffect(() => {
    void load();
  }, [load]);

  /** Runs a mutation and reloads: the page then shows the current state, with `done` or the API's refusal. */
  const act = async (query: string, variables: Record<string, unknown>, done: string): Promise<boolean> => {
    setNotice("");
    const outcome = await graphql(session.endpoint, session.token, query, { id, ...variables });
    setErrors(outcome.ok ? [] : outcome.errors);
    await load();
    if (outcome.ok) setNotice(done);
    return outcome.ok;
  };

  if (detail === undefined) return <p role="status">Chargement…</p>;
  if (detail === null) {
    return (
      <>
        <h1>Contextualisation n° {id}</h1>
        <ErrorList errors={errors} />
        {errors.length === 0 && <p className="not-found">Cette contextualisation n'existe pas, ou elle ne vous est pas visible.</p>}
        <p>
          <a href="/review">Retour à la liste</a>
        </p>
      </>
    );
  }

  const actions = allowedActions(session.viewer, detail);
  const domains = detail.referential.domains;
  const totalChanged = domains.reduce((sum, domain) => sum + changedItems(domain), 0);
  const saveWording = (target: string, text: string) => act(SET_WORDING_MUTATION, { target, text }, `Libellé ${target} enregistré.`);

  return (
    <article className="review">
      <h1>
        {detail.certification.name} — {detail.context.name}
      </h1>
      <dl className="facts">
        <div>
          <dt>Contextualisation</dt>
          <dd>n° {detail.id}</dd>
        </div>
        <div>
          <dt>Statut</dt>
          <dd>
            <span className={`status status-${detail.status}`}>{STATUS_LABELS[detail.status]}</span>
          </dd>
        </div>
        <div>
          <dt>Référentiel de base</dt>
          <dd>version {detail.baseVersion}</dd>
        </div>
        <div>
          <dt>Mise à jour</dt>
          <dd>{formatDateTime(detail.updatedAt)}</dd>
        </div>
        {detail.submittedAt && (
          <div>
            <dt>Soumise le</dt>
            <dd>{formatDateTime(detail.submittedAt)}</dd>
          </div>
        )}
        {detail.decidedAt && (
          <div>
            <dt>Décision le</dt>
            <dd>{formatDateTime(detail.decidedAt)}</dd>
          </div>
        )}
        {detail.rejectionReason && (
          <div className="wide">
            <dt>Motif du rejet</dt>
            <dd>{detail.rejectionReason}</dd>
          </div>
        )}
      </dl>

      <p className="notice" role="status">
        {notice}
      </p>
      <ErrorList errors={errors} />
      <DecisionActions actions={actions} status={detail.status} act={act} />

      {detail.outdated && <BaseChanges baseVersion={detail.baseVersion} changes={detail.baseChanges} />}

      <section className="summary" aria-labelledby="summary-title">
        <h2 id="summary-title">Éléments modifiés : {totalChanged}</h2>
        <ul>
          {domains.map((domain) => (
            <li key={domain.code}>
              <a href={`#domain-${domain.code}`}>
                Domaine {domain.code} — {domain.title}
              </a>{" "}
              : {changedItems(domain)}
            </li>
          ))}
        </ul>
      </section>

      <div className="tree-tools no-print">
        <input id={filterId} type="checkbox" checked={changedOnly} onChange={(event) => setChangedOnly(event.target.checked)} />
        <label htmlFor={filterId}>Éléments modifiés uniquement</label>
        <button type="button" className="secondary" onClick={() => window.print()}>
          Imprimer
        </button>
      </div>

      <ReferentialTree
        domains={domains}
        transversalTitle={detail.referential.transversalTitle}
        changedOnly={changedOnly}
        onSaveWording={actions.includes("EDIT") ? saveWording : undefined}
      />
    </article>
  );
}
