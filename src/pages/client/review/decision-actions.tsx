import { useId, useState, type FormEvent } from "react";
import { STATUS_LABELS, type ReviewAction, type Status } from "./model";
import { APPROVE_MUTATION, REJECT_MUTATION, SUBMIT_MUTATION } from "./operations";

type Act = (query: string, variables: Record<string, unknown>, done: string) => Promise<boolean>;

/** Exactly the decisions the signed-in person may take: the CPNE submits; Certif Pro's decision maker approves or rejects. */
export function DecisionActions({ actions, status, act }: { actions: ReviewAction[]; status: Status; act: Act }) {
  const reasonId = useId();
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const decisions = actions.filter((action) => action !== "EDIT");

  const run = async (query: string, variables: Record<string, unknown>, done: string) => {
    setBusy(true);
    const ok = await act(query, variables, done);
    setBusy(false);
    if (ok) setReason("");
  };
  const reject = (event: FormEvent) => {
    event.preventDefault();
    void run(REJECT_MUTATION, { reason }, "La contextualisation est rejetée ; la CPNE voit le motif.");
  };

  if (decisions.length === 0) {
    return <p className="no-action no-print">Aucune décision ne vous revient sur cette contextualisation ({STATUS_LABELS[status].toLowerCase()}).</p>;
  }
  return (
    <section className="actions no-print" aria-labelledby="actions-title">
      <h2 id="actions-title">Décision</h2>
      {decisions.includes("SUBMIT") && (
        <button type="button" disabled={busy} onClick={() => void run(SUBMIT_MUTATION, {}, "La contextualisation est soumise à Certif Pro.")}>
          Soumettre à Certif Pro
        </button>
      )}
      {decisions.includes("APPROVE") && (
        <button type="button" disabled={busy} onClick={() => void run(APPROVE_MUTATION, {}, "La contextualisation est approuvée et publiée.")}>
          Approuver et publier
        </button>
      )}
      {decisions.includes("REJECT") && (
        <form className="reject" onSubmit={reject}>
          <label htmlFor={reasonId}>Motif du rejet</label>
          <textarea id={reasonId} value={reason} onChange={(event) => setReason(event.target.value)} rows={3} maxLength={2000} required />
          <button type="submit" className="danger" disabled={busy}>
            Rejeter
          </button>
        </form>
      )}
    </section>
  );
}
