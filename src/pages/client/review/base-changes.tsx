import { BASE_CHANGE_LABELS, type BaseChange } from "./model";

/** For a contextualisation pinned to an older version: the base items that changed since. */
export function BaseChanges({ baseVersion, changes }: { baseVersion: string; changes: BaseChange[] }) {
  return (
    <section className="base-changes" aria-labelledby="base-changes-title">
      <h2 id="base-changes-title">Le référentiel de base a changé depuis la version {baseVersion}</h2>
      <p>Cette contextualisation est rédigée sur une version qui n'est plus en vigueur. Éléments de la base modifiés depuis : {changes.length}.</p>
      {changes.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">Code</th>
              <th scope="col">Changement</th>
              <th scope="col">Libellé de la version {baseVersion}</th>
              <th scope="col">Libellé en vigueur</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((change) => (
              <tr key={change.code}>
                <th scope="row">{change.code}</th>
                <td>{BASE_CHANGE_LABELS[change.kind]}</td>
                <td>{change.previousText ?? "—"}</td>
                <td>{change.currentText ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
