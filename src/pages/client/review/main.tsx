import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "./review.css";
import type { ReviewConfig } from "../../page-config";
import { readPageConfig } from "../shared/page-config";
import { ReviewApp } from "./review-app";

const root = document.getElementById("root");
if (!root) throw new Error("Élément #root absent.");
createRoot(root).render(
  <StrictMode>
    <ReviewApp config={readPageConfig<ReviewConfig>()} path={location.pathname} />
  </StrictMode>,
);
