import { termsWords } from "@/components/copy/terms";
import { coverageLevel } from "@/lib/coverage";
import { RecentChanges } from "@/components/changes/recent-changes";
import { changesHref } from "@/lib/changes";
import type { ChangeEntry, Edition, Federal, Jurisdiction, ReliefType } from "@/lib/schema";
import { JuvenileRelief } from "./juvenile-relief";
import { answersToSearch, NO_ANSWERS } from "@/lib/eligibility";
import { LATEST_EDITION } from "@/lib/grades";
import { compareHref, stateHref } from "@/lib/slug";
import { stateWords } from "./copy";
import { CriteriaChecklist } from "./criteria-checklist";
import { GradeList } from "./grade-list";
import { HowToApply } from "./how-to-apply";
import { PendingBills } from "./pending-bills";
import { ReliefLawCard } from "./relief-law-card";
import { SourcesList } from "./sources-list";
import { WhoQualifies } from "./who-qualifies";
import { useLocale } from "@/components/i18n/use-locale";
import { localePath } from "@/lib/locale";
import { generalReliefIn } from "@/lib/data-text";

export interface Neighbour {
  name: string;
  slug: string;
}

export interface JurisdictionPageProps {
  entry: Jurisdiction | Federal;
  /** This place's changes, newest first. */
  changes: ChangeEntry[];
  editions: Edition[];
  previous?: Neighbour;
  next?: Neighbour;
}

/** The whole page for one state, DC or federal law: verdict first, then the checklists, the law and how to apply. */
export function JurisdictionPage({ entry, editions, changes, previous, next }: JurisdictionPageProps) {
  const locale = useLocale();
  const { coverageMark, coverageMeaning, coverageName, gradeText, notInSources, polarisGrade, reliefTypeMeaning, reliefTypeName } = termsWords[locale];
  const { stateCopy, verdict } = stateWords[locale];
  const level = coverageLevel(entry);
  const isState = "grades" in entry;
  const reliefTypes = [...new Set(entry.relief.map((law) => law.reliefType))] as ReliefType[];
  const latestGrade = isState ? entry.grades[LATEST_EDITION] : null;
  const checkHref = localePath(locale, `/check?${answersToSearch({ ...NO_ANSWERS, place: entry.code })}`);
  const contents: Array<[string, string]> = [
    ["#who-heading", stateCopy.whoHeading],
    ["#measures-heading", stateCopy.measuresHeading],
    ["#relief-heading", stateCopy.reliefHeading],
    ["#apply-heading", stateCopy.applyHeading],
    ["#help", stateCopy.findHelp],
    ["#general-heading", stateCopy.generalShort],
    ["#sources-heading", stateCopy.sourcesHeading],
  ];
  return (
    <article className="jurisdiction">
      <header className="jurisdiction-header">
        <h1>{entry.name}</h1>
        <section className="summary-card" aria-labelledby="summary-heading">
          <h2 id="summary-heading" className="summary-heading">
            {stateCopy.summaryHeading(entry.name)}
          </h2>
          <p className="verdict">
            <strong>{verdict[level](entry.name)}</strong>
          </p>
          <p className="coverage-line">
            <span className={`swatch c-${level}`} aria-hidden="true">
              {coverageMark[level]}
            </span>{" "}
            <span>
              <strong>
                {stateCopy.coverageHeading}: {coverageName[level]}.
              </strong>{" "}
              {coverageMeaning[level]}
            </span>
          </p>
          {latestGrade ? <p className="summary-grade">{polarisGrade(LATEST_EDITION, gradeText(latestGrade))}</p> : null}
          <p className="summary-actions">
            <a className="button" href={checkHref}>
              {stateCopy.couldIQualify}
            </a>
            <a className="button secondary" href="#help">
              {stateCopy.getHelp}
            </a>
          </p>
        </section>
        <p className="verified">
          {stateCopy.lastVerified(entry.lastVerified)}{" "}
          <a href={localePath(locale, changesHref(entry.slug))}>{stateCopy.changesLink}</a> <strong>{stateCopy.notAdvice}</strong>
        </p>
        <p className={entry.confidence === "low" ? "notice" : "confidence"}>{stateCopy.confidence[entry.confidence]}</p>
        <nav aria-label={stateCopy.contentsHeading} className="on-this-page">
          <h2 className="small-heading">{stateCopy.contentsHeading}</h2>
          <ul>
            {contents.map(([href, label]) => (
              <li key={href}>
                <a href={href}>{label}</a>
              </li>
            ))}
          </ul>
        </nav>
        {isState ? <GradeList jurisdiction={entry} editions={editions} /> : null}
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
          <a href={localePath(locale, "/about#glossary")}>{stateCopy.glossaryLink}</a>
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
      <JuvenileRelief entry={entry} />
      <HowToApply entry={entry} />
      <section aria-labelledby="general-heading">
        <h2 id="general-heading">{stateCopy.generalHeading}</h2>
        <p>{generalReliefIn(entry, locale) ?? `${notInSources}.`}</p>
      </section>
      {isState ? (
        <p className="federal-note">
          {stateCopy.federalNote} <a href={localePath(locale, "/federal")}>{stateCopy.federalLink}</a>
        </p>
      ) : null}
      <RecentChanges place={{ code: entry.code, name: entry.name, slug: entry.slug }} changes={changes} />
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
              <a className="button" href={localePath(locale, compareHref(entry.code, null))}>
                {stateCopy.compareWith(entry.name)}
              </a>
            </li>
          ) : null}
          {previous ? (
            <li>
              <a href={localePath(locale, stateHref(previous.slug))} rel="prev">
                {stateCopy.previous(previous.name)}
              </a>
            </li>
          ) : null}
          {next ? (
            <li>
              <a href={localePath(locale, stateHref(next.slug))} rel="next">
                {stateCopy.next(next.name)}
              </a>
            </li>
          ) : null}
        </ul>
      </nav>
    </article>
  );
}
