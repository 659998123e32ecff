import { changedItems, competenceChanged, type Domain } from "./model";
import { WordingRow, type SaveWording } from "./wording-row";

interface TreeProps {
  domains: Domain[];
  transversalTitle: string | null;
  changedOnly: boolean;
  /** Present when the person may edit the wording (the CPNE, on a draft). */
  onSaveWording?: SaveWording;
}

/** Domains, competences and criteria: base wording and contextualised wording side by side. */
export function ReferentialTree({ domains, transversalTitle, changedOnly, onSaveWording }: TreeProps) {
  const shown = changedOnly ? domains.filter((domain) => changedItems(domain) > 0) : domains;
  if (shown.length === 0) return <p className="empty">Aucun élément n'a été modifié.</p>;
  return (
    <div className="tree">
      {shown.map((domain) => {
        const changed = changedItems(domain);
        return (
          <section key={domain.code} id={`domain-${domain.code}`} className="domain" aria-labelledby={`domain-title-${domain.code}`}>
            <h2 id={`domain-title-${domain.code}`}>
              Domaine {domain.code} — {domain.title}{" "}
              <span className="count">({changed === 0 ? "aucun élément modifié" : changed === 1 ? "1 élément modifié" : `${changed} éléments modifiés`})</span>
            </h2>
            <table className="wording">
              <thead>
                <tr>
                  <th scope="col" className="code">
                    Code
                  </th>
                  <th scope="col">Libellé de base</th>
                  <th scope="col">Libellé contextualisé</th>
                  {onSaveWording && (
                    <th scope="col" className="edit no-print">
                      Modifier
                    </th>
                  )}
                </tr>
              </thead>
              <tbody>
                {(!changedOnly || domain.contextualised) && (
                  <WordingRow level="domain" code={domain.code} base={domain.baseTitle} text={domain.title} contextualised={domain.contextualised} diff={domain.wordingDiff} onSave={onSaveWording} />
                )}
                {domain.competences
                  .filter((competence) => !changedOnly || competenceChanged(competence))
                  .map((competence) => (
                    <CompetenceRows key={competence.code} competence={competence} changedOnly={changedOnly} transversalTitle={transversalTitle} onSave={onSaveWording} />
                  ))}
              </tbody>
            </table>
          </section>
        );
      })}
    </div>
  );
}

function CompetenceRows({ competence, changedOnly, transversalTitle, onSave }: { competence: Domain["competences"][number]; changedOnly: boolean; transversalTitle: string | null; onSave?: SaveWording }) {
  return (
    <>
      <WordingRow
        level="competence"
        code={competence.code}
        base={competence.baseTitle}
        text={competence.title}
        contextualised={competence.contextualised}
        diff={competence.wordingDiff}
        transversal={competence.transversal ? (transversalTitle ?? "Compétence transversale") : undefined}
        onSave={onSave}
      />
      {competence.criteria
        .filter((criterion) => !changedOnly || criterion.contextualised)
        .map((criterion) => (
          <WordingRow
            key={criterion.code}
            level={criterion.kind === "ASSOCIATED" ? "associated" : "criterion"}
            code={criterion.code}
            base={criterion.baseText}
            text={criterion.text}
            contextualised={criterion.contextualised}
            diff={criterion.wordingDiff}
            onSave={onSave}
          />
        ))}
    </>
  );
}
