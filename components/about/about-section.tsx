import type { ReactNode } from "react";

export interface AboutSectionProps {
  /** The anchor other pages link to, e.g. "grades" for /about#grades. */
  id: string;
  heading: string;
  children: ReactNode;
}

export function AboutSection({ id, heading, children }: AboutSectionProps) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="about-section">
      <h2 id={`${id}-heading`}>{heading}</h2>
      {children}
    </section>
  );
}
