import { useId, useState, type FormEvent } from "react";
import type { DemoAccount } from "../../page-config";
import { ErrorList } from "./error-list";
import { ROLE_LABELS, type ApiError } from "./model";

/** Development: a choice of demo accounts. Elsewhere: a bearer token pasted once, kept for the browser session. */
export function SignIn({ accounts, errors, onSignIn }: { accounts: DemoAccount[]; errors: ApiError[]; onSignIn(token: string): void }) {
  const fieldId = useId();
  const [token, setToken] = useState("");
  const [email, setEmail] = useState(accounts[0]?.email ?? "");

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const chosen = accounts.length > 0 ? accounts.find((account) => account.email === email)?.token : token.trim().replace(/^Bearer\s+/i, "");
    if (chosen) onSignIn(chosen);
  };

  return (
    <section className="sign-in" aria-labelledby={`${fieldId}-title`}>
      <h1 id={`${fieldId}-title`}>Se connecter</h1>
      <ErrorList errors={errors} title="Connexion refusée" />
      <form onSubmit={submit}>
        {accounts.length > 0 ? (
          <>
            <label htmlFor={fieldId}>Compte de démonstration</label>
            <select id={fieldId} value={email} onChange={(event) => setEmail(event.target.value)}>
              {accounts.map((account) => (
                <option key={account.email} value={account.email}>
                  {account.email} — {ROLE_LABELS[account.role] ?? account.role}
                  {account.instanceName ? `, ${account.instanceName}` : ""}
                </option>
              ))}
            </select>
            <p className="hint">Comptes de l'environnement de développement.</p>
          </>
        ) : (
          <>
            <label htmlFor={fieldId}>Jeton d'accès</label>
            <textarea id={fieldId} value={token} onChange={(event) => setToken(event.target.value)} rows={4} required spellCheck={false} autoComplete="off" />
            <p className="hint">Collez le jeton (JWT) remis par votre administrateur ; il est gardé pour cet onglet seulement, jusqu'à sa fermeture.</p>
          </>
        )}
        <button type="submit">Se connecter</button>
      </form>
    </section>
  );
}
