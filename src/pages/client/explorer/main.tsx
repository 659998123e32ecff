import type { GraphiQLPlugin } from "@graphiql/react";
import { GraphiQL, type GraphiQLProps } from "graphiql";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "graphiql/style.css";
import "./explorer.css";
import type { ExplorerConfig } from "../../page-config";
import { readPageConfig } from "../shared/page-config";
import { DEMO_PANEL_TITLE, DemoPanel, DemoPanelIcon } from "./demo-panel";
import { setUpMonacoWorkers } from "./monaco-workers";

setUpMonacoWorkers("/pages");
const config = readPageConfig<ExplorerConfig>();

const fetcher: GraphiQLProps["fetcher"] = async (params, options) => {
  const response = await fetch(config.endpoint, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/graphql-response+json, application/json", ...options?.headers },
    body: JSON.stringify(params),
  });
  return response.json();
};

const demoPanel: GraphiQLPlugin = {
  title: DEMO_PANEL_TITLE,
  icon: DemoPanelIcon,
  content: () => <DemoPanel accounts={config.demoAccounts} examples={config.examples} />,
};

const root = document.getElementById("root");
if (!root) throw new Error("Élément #root absent.");
root.setAttribute("lang", "en");
createRoot(root).render(
  <StrictMode>
    <GraphiQL
      fetcher={fetcher}
      plugins={[demoPanel]}
      visiblePlugin={demoPanel}
      defaultEditorToolsVisibility="headers"
      defaultTabs={config.examples.map((example) => ({ query: example.query }))}
    />
  </StrictMode>,
);
