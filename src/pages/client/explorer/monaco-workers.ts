/** Monaco's language workers, bundled by the build and served by this server (GraphiQL's own set-ups load them from outside). */
export function setUpMonacoWorkers(assetPath: string): void {
  const workerFor = (label: string): string => {
    if (label === "json") return "json.worker.js";
    if (label === "graphql") return "graphql.worker.js";
    return "editor.worker.js";
  };
  Object.assign(globalThis, {
    MonacoEnvironment: { getWorker: (_workerId: string, label: string) => new Worker(`${assetPath}/${workerFor(label)}`) },
  });
}
