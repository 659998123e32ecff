/** What the server embeds in a page for its script: shared by the server and the browser code. */

export interface DemoAccount {
  email: string;
  displayName: string;
  role: string;
  instanceCode: string | null;
  instanceName: string | null;
  /** A bearer token signed for this account (development only). */
  token: string;
}

export interface ExampleOperation {
  title: string;
  query: string;
}

export interface ExplorerConfig {
  endpoint: string;
  demoAccounts: DemoAccount[];
  examples: ExampleOperation[];
}

export interface ReviewConfig {
  endpoint: string;
  /** Empty outside development: sign-in is then a pasted bearer token. */
  demoAccounts: DemoAccount[];
}

/** The id of the `<script type="application/json">` element holding the config. */
export const PAGE_CONFIG_ELEMENT_ID = "page-config";
