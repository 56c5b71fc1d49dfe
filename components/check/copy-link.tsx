import { useEffect, useId, useRef, useState } from "react";
import { useCheckWords } from "./check-words";

export interface CopyLinkProps {
  /** The answers as a query string, without "?". */
  search: string;
}

/** Only on request: puts a link carrying the answers on the clipboard, or shows it to copy by hand. */
export function CopyLink({ search }: CopyLinkProps) {
  const { checkCopy } = useCheckWords();
  const copy = checkCopy.copyLink;
  const warningId = `${useId()}-warning`;
  const [link, setLink] = useState<string | null>(null);
  const [status, setStatus] = useState<"idle" | "copied" | "manual">("idle");
  const field = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (status !== "manual") return;
    field.current?.focus();
    field.current?.select();
  }, [status, link]);

  const copyLink = async () => {
    const url = `${window.location.origin}${window.location.pathname}?${search}`;
    setLink(url);
    try {
      await navigator.clipboard.writeText(url);
      setStatus("copied");
    } catch {
      setStatus("manual");
    }
  };

  return (
    <div className="copy-link">
      <p id={warningId} className="muted">
        {copy.warning}
      </p>
      <button type="button" className="secondary" aria-describedby={warningId} onClick={copyLink}>
        {copy.button}
      </button>
      <p role="status" className="copy-link-status">
        {status === "copied" ? copy.copied : status === "manual" ? copy.manual : ""}
      </p>
      {status === "manual" && link ? (
        <p className="copy-link-field">
          <label htmlFor={`${warningId}-field`}>{copy.label}</label>
          <input id={`${warningId}-field`} ref={field} type="text" readOnly value={link} onFocus={(event) => event.target.select()} />
        </p>
      ) : null}
    </div>
  );
}
