import { useGraphiQL, useGraphiQLActions } from "@graphiql/react";
import { Kind, parse } from "graphql";
import { useState } from "react";
import type { DemoAccount, ExampleOperation } from "../../page-config";

export const DEMO_PANEL_TITLE = "Comptes et exemples";

// Kept outside the component: GraphiQL mounts the panel afresh each time it is opened.
let chosenEmail: string | null = null;

export function DemoPanel({ accounts, examples }: { accounts: DemoAccount[]; examples: ExampleOperation[] }) {
  const headerEditor = useGraphiQL((state) => state.headerEditor);
  const queryEditor = useGraphiQL((state) => state.queryEditor);
  const { setOperationName } = useGraphiQLActions();
  const [chosen, setChosen] = useState<string | null>(chosenEmail);

  // GraphiQL reads the operation's name from the editor a moment later; set at once, a quick « run » runs the example.
  const loadExample = (example: ExampleOperation) => {
    queryEditor?.setValue(example.query);
    const name = firstOperationName(example.query);
    if (name) setOperationName(name);
  };

  const signIn = (account: DemoAccount | null) => {
    chosenEmail = account?.email ?? null;
    setChosen(chosenEmail);
    const headers = account ? { Authorization: `Bearer ${account.token}` } : {};
    headerEditor?.setValue(JSON.stringify(headers, null, 2));
  };

  return (
    <div className="demo-panel" lang="fr">
      <div className="graphiql-doc-explorer-title">{DEMO_PANEL_TITLE}</div>
      {accounts.length > 0 ? (
        <section aria-labelledby="demo-accounts-title">
          <h2 id="demo-accounts-title">Se connecter en tant que</h2>
          <p>Le choix place l'en-tête <code>Authorization</code> dans l'onglet « Headers ».</p>
          <ul className="demo-accounts">
            <li>
              <button type="button" aria-pressed={chosen === null} onClick={() => signIn(null)}>
                Anonyme
              </button>
            </li>
            {accounts.map((account) => (
              <li key={account.email}>
                <button type="button" aria-pressed={chosen === account.email} onClick={() => signIn(account)}>
                  <span className="demo-email">{account.email}</span>
                  <span className="demo-role">
                    {account.role}
                    {account.instanceName ? ` · ${account.instanceName}` : ""}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <p>
          Pour agir sous un compte, ajoutez l'en-tête <code>{'{"Authorization": "Bearer <jeton>"}'}</code> dans l'onglet « Headers ».
        </p>
      )}
      <section aria-labelledby="demo-examples-title">
        <h2 id="demo-examples-title">Exemples</h2>
        <ul className="demo-examples">
          {examples.map((example) => (
            <li key={example.title}>
              <button type="button" onClick={() => loadExample(example)}>
                {example.title}
              </button>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

export function DemoPanelIcon() {
  return (
    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.5">
      <circle cx="12" cy="8" r="4" />
      <path d="M4 21c0-4.4 3.6-8 8-8s8 3.6 8 8" />
    </svg>
  );
}

function firstOperationName(query: string): string | undefined {
  const operation = parse(query).definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  return operation?.kind === Kind.OPERATION_DEFINITION ? operation.name?.value : undefined;
}
