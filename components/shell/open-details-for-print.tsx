"use client";

import { useEffect } from "react";

/** Opens every folded part of the page before printing and folds back afterwards, so paper shows it all. */
export function OpenDetailsForPrint() {
  useEffect(() => {
    let opened: HTMLDetailsElement[] = [];
    const open = () => {
      opened = [...document.querySelectorAll<HTMLDetailsElement>("main details:not([open])")];
      for (const details of opened) details.open = true;
    };
    const fold = () => {
      for (const details of opened) details.open = false;
      opened = [];
    };
    window.addEventListener("beforeprint", open);
    window.addEventListener("afterprint", fold);
    return () => {
      window.removeEventListener("beforeprint", open);
      window.removeEventListener("afterprint", fold);
    };
  }, []);
  return null;
}
