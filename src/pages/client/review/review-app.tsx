import { useCallback, useEffect, useMemo, useState } from "react";
import type { ReviewConfig } from "../../page-config";
import { graphql } from "./api";
import { ContextualisationList } from "./contextualisation-list";
import { ContextualisationReview } from "./contextualisation-review";
import type { ApiError, Viewer } from "./model";
import { ROLE_LABELS } from "./model";
import { VIEWER_QUERY } from "./operations";
import { forgetToken, storeToken, storedToken } from "./session";
import { SignIn } from "./sign-in";

export interface Session {
  endpoint: string;
  token: string;
  viewer: Viewer;
  /** Back to the sign-in form, e.g. when the token has expired. */
  signOut(errors?: ApiError[]): void;
}

const DETAIL_PATH = /^\/review\/(\d+)$/;

export function ReviewApp({ config, path }: { config: ReviewConfig; path: string }) {
  const [token, setToken] = useState<string | null>(storedToken);
  const [viewer, setViewer] = useState<Viewer | null>(null);
  const [signInErrors, setSignInErrors] = useState<ApiError[]>([]);

  const signOut = useCallback((errors: ApiError[] = []) => {
    forgetToken();
    setToken(null);
    setViewer(null);
    setSignInErrors(errors);
  }, []);

  useEffect(() => {
    if (!token) return;
    let current = true;
    void graphql<{ me: Viewer }>(config.endpoint, token, VIEWER_QUERY).then((outcome) => {
      if (!current) return;
      if (outcome.ok) setViewer(outcome.data.me);
      else signOut(outcome.errors);
    });
    return () => {
      current = false;
    };
  }, [config.endpoint, token, signOut]);

  const signIn = (newToken: string) => {
    storeToken(newToken);
    setSignInErrors([]);
    setToken(newToken);
  };

  const detail = DETAIL_PATH.exec(path);
  const session = useMemo<Session | null>(() => (token && viewer ? { endpoint: config.endpoint, token, viewer, signOut } : null), [config.endpoint, token, viewer, signOut]);
  return (
    <>
      <a className="skip-link" href="#main">
        Aller au contenu
      </a>
      <header className="site-header">
        <p className="site-name">
          <a href="/review">CléA management — relecture des contextualisations</a>
        </p>
        {session && (
          <div className="signed-in">
            <span>
              Connecté : <strong>{session.viewer.displayName}</strong> ({ROLE_LABELS[session.viewer.role] ?? session.viewer.role}
              {session.viewer.instance ? `, ${session.viewer.instance.name}` : ""})
            </span>
            <button type="button" className="secondary" onClick={() => signOut()}>
              Se déconnecter
            </button>
          </div>
        )}
      </header>
      <main id="main" tabIndex={-1}>
        {!token ? (
          <SignIn accounts={config.demoAccounts} errors={signInErrors} onSignIn={signIn} />
        ) : !session ? (
          <p role="status">Connexion…</p>
        ) : detail ? (
          <ContextualisationReview session={session} id={detail[1]} />
        ) : (
          <ContextualisationList session={session} />
        )}
      </main>
    </>
  );
}
