import Link from "@/components/shell/intent-link";
import { coverageMark, coverageMeaning, coverageName, notInSources, reliefTypeMeaning, reliefTypeName } from "@/components/copy/terms";
import { coverageLevel } from "@/lib/coverage";
import type { Edition, Federal, Jurisdiction, ReliefType } from "@/lib/schema";
import { compareHref, stateHref } from "@/lib/slug";
import { stateCopy, verdict } from "./copy";
import { CriteriaChecklist } from "./criteria-checklist";
import { GradeList } from "./grade-list";
import { HowToApply } from "./how-to-apply";
import { PendingBills } from "./pending-bills";
import { ReliefLawCard } from "./relief-law-card";
import { SourcesList } from "./sources-list";
import { WhoQualifies } from "./who-qualifies";

export interface Neighbour {
  name: string;
  slug: string;
}

export interface JurisdictionPageProps {
  entry: Jurisdiction | Federal;
  editions: Edition[];
  previous?: Neighbour;
  next?: Neighbour;
}

/** The whole page for one state, DC or federal law: verdict first, then the checklists, the law and how to apply. */
export function JurisdictionPage({ entry, editions, previous, next }: JurisdictionPageProps) {
  const level = coverageLevel(entry);
  const isState = "grades" in entry;
  const reliefTypes = [...new Set(entry.relief.map((law) => law.reliefType))] as ReliefType[];
  return (
    <article className="jurisdiction">
      <header className="jurisdiction-header">
        <h1>{entry.name}</h1>
        <p className="coverage-line">
          <span className={`swatch c-${level}`} aria-hidden="true">
            {coverageMark[level]}
          </span>{" "}
          <strong>
            {stateCopy.coverageHeading}: {coverageName[level]}.
          </strong>{" "}
          {coverageMeaning[level]}
        </p>
        {isState ? <GradeList jurisdiction={entry} editions={editions} /> : null}
        <h2 className="small-heading">{stateCopy.canClearHeading(entry.name)}</h2>
        <p className="verdict">{verdict[level](entry.name)}</p>
        <p className="verified">
          {stateCopy.lastVerified(entry.lastVerified)} <strong>{stateCopy.notAdvice}</strong>{" "}
          <a href="#help">{stateCopy.findHelp}</a>
        </p>
        <p className={entry.confidence === "low" ? "notice" : "confidence"}>{stateCopy.confidence[entry.confidence]}</p>
      </header>
      <PendingBills bills={entry.pending} />
      <WhoQualifies entry={entry} />
      <CriteriaChecklist entry={entry} />
      <section aria-labelledby="relief-heading">
        <h2 id="relief-heading">{stateCopy.reliefHeading}</h2>
        {entry.relief.length === 0 ? <p>{stateCopy.noLawLead(entry.name)}</p> : null}
        {reliefTypes.length > 0 ? (
          <dl className="glossary-inline">
            {reliefTypes.map((type) => (
              <div key={type}>
                <dt>{reliefTypeName[type]}</dt>
                <dd>{reliefTypeMeaning[type]}</dd>
              </div>
            ))}
          </dl>
        ) : null}
        <p>
          <Link href="/about#glossary">{stateCopy.glossaryLink}</Link>
        </p>
        {entry.relief.map((law) => (
          <ReliefLawCard key={law.citation} law={law} />
        ))}
        {entry.affirmativeDefense ? (
          <>
            <h3>{stateCopy.affirmativeDefenseHeading}</h3>
            <p>{entry.affirmativeDefense}</p>
          </>
        ) : null}
      </section>
      <HowToApply entry={entry} />
      <section aria-labelledby="general-heading">
        <h2 id="general-heading">{stateCopy.generalHeading}</h2>
        <p>{entry.generalRelief.summary ?? `${notInSources}.`}</p>
      </section>
      {isState ? (
        <p className="federal-note">
          {stateCopy.federalNote} <Link href="/federal">{stateCopy.federalLink}</Link>
        </p>
      ) : null}
      <SourcesList entry={entry} />
      {entry.notes ? (
        <details className="research-notes">
          <summary>{stateCopy.notesHeading}</summary>
          <p>{entry.notes}</p>
        </details>
      ) : null}
      <nav aria-label={stateCopy.actionsHeading} className="state-actions">
        <ul>
          {isState ? (
            <li>
              <Link className="button" href={compareHref(entry.code, null)}>
                {stateCopy.compareWith(entry.name)}
              </Link>
            </li>
          ) : null}
          {previous ? (
            <li>
              <Link href={stateHref(previous.slug)} rel="prev">
                {stateCopy.previous(previous.name)}
              </Link>
            </li>
          ) : null}
          {next ? (
            <li>
              <Link href={stateHref(next.slug)} rel="next">
                {stateCopy.next(next.name)}
              </Link>
            </li>
          ) : null}
        </ul>
      </nav>
    </article>
  );
}
