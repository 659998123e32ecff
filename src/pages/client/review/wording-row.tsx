import { useId, useState, type FormEvent } from "react";
import { sideOf, type Segment } from "./model";

export type SaveWording = (target: string, text: string) => Promise<boolean>;

const LEVEL_LABELS = { domain: "Domaine", competence: "Compétence", criterion: "Critère", associated: "Critère associé" } as const;

interface RowProps {
  level: keyof typeof LEVEL_LABELS;
  code: string;
  base: string;
  text: string;
  contextualised: boolean;
  diff: Segment[];
  /** The transversal dimension's title, for a competence that belongs to it. */
  transversal?: string;
  onSave?: SaveWording;
}

export function WordingRow({ level, code, base, text, contextualised, diff, transversal, onSave }: RowProps) {
  const [editing, setEditing] = useState(false);
  return (
    <tr className={`item ${level}${contextualised ? " changed" : ""}`} data-code={code}>
      <th scope="row" className="code">
        <span className="level">{LEVEL_LABELS[level]}</span> {code}
        {transversal && (
          <span className="badge transversal" title={transversal}>
            Transversale
          </span>
        )}
      </th>
      <td className="base">{contextualised ? <Wording segments={sideOf(diff, "base")} /> : base}</td>
      <td className="contextualised">
        {editing && onSave ? (
          <WordingForm code={code} base={base} text={text} contextualised={contextualised} onSave={onSave} onDone={() => setEditing(false)} />
        ) : contextualised ? (
          <Wording segments={sideOf(diff, "contextualised")} />
        ) : (
          <span className="same">Identique à la base</span>
        )}
      </td>
      {onSave && (
        <td className="edit no-print">
          {!editing && (
            <button type="button" className="secondary" aria-label={`Modifier le libellé ${code}`} onClick={() => setEditing(true)}>
              Modifier
            </button>
          )}
        </td>
      )}
    </tr>
  );
}

/** Inserted words in <ins>, removed words in <del>: marked for screen readers and in print, not by colour alone. */
function Wording({ segments }: { segments: Segment[] }) {
  return (
    <>
      {segments.map((segment, index) =>
        segment.kind === "ADDED" ? <ins key={index}>{segment.text}</ins> : segment.kind === "REMOVED" ? <del key={index}>{segment.text}</del> : <span key={index}>{segment.text}</span>,
      )}
    </>
  );
}

function WordingForm({ code, base, text, contextualised, onSave, onDone }: { code: string; base: string; text: string; contextualised: boolean; onSave: SaveWording; onDone(): void }) {
  const fieldId = useId();
  const [value, setValue] = useState(text);
  const [busy, setBusy] = useState(false);
  const save = async (wording: string) => {
    setBusy(true);
    const ok = await onSave(code, wording);
    setBusy(false);
    if (ok) onDone();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save(value);
  };
  return (
    <form className="wording-form" onSubmit={submit}>
      <label htmlFor={fieldId} className="visually-hidden">
        Libellé contextualisé de {code}
      </label>
      <textarea id={fieldId} value={value} onChange={(event) => setValue(event.target.value)} rows={3} maxLength={2000} required autoFocus />
      <div className="form-buttons">
        <button type="submit" disabled={busy}>
          Enregistrer
        </button>
        {contextualised && (
          <button type="button" className="secondary" disabled={busy} onClick={() => void save(base)}>
            Rétablir la base
          </button>
        )}
        <button type="button" className="secondary" disabled={busy} onClick={onDone}>
          Annuler
        </button>
      </div>
    </form>
  );
}
