import { setPageLocale } from "@/components/i18n/page-locale";

/**
 * A Spanish route is its English twin rendered with the page locale set to Spanish, so each
 * route is written once. The Spanish layout sets the locale too; the page sets it again because
 * Next may render a page's metadata before its layout.
 */
export const inSpanish =
  <Args extends unknown[], Result>(render: (...args: Args) => Result) =>
  (...args: Args): Result => {
    setPageLocale("es");
    return render(...args);
  };
