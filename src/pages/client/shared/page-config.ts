import { PAGE_CONFIG_ELEMENT_ID } from "../../page-config";

/** The config the server embedded in the page. */
export function readPageConfig<T>(): T {
  const element = document.getElementById(PAGE_CONFIG_ELEMENT_ID);
  if (!element?.textContent) throw new Error("Configuration de la page absente.");
  return JSON.parse(element.textContent) as T;
}
