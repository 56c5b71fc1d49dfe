import type { Timeline, TimelineState } from "@/lib/overview";
import { overviewWords } from "./copy";
import { localePath, type Locale } from "@/lib/locale";

export interface ChangeTimelineProps {
  timeline: Timeline;
  /** How many jurisdictions there are, so each bar shows a share of all of them. */
  total: number;
  locale: Locale;
}

function StateLinks({ states, locale }: { states: TimelineState[]; locale: Locale }) {
  const { overviewCopy } = overviewWords[locale];
  if (states.length === 0) return <span className="timeline-none">{overviewCopy.timeline.none}</span>;
  return (
    <ul className="timeline-states">
      {states.map((state) => (
        <li key={state.href}>
          <a href={localePath(locale, state.href)}>{state.name}</a>
        </li>
      ))}
    </ul>
  );
}

/**
 * Year by year, which states enacted or amended a record relief law; the bars repeat numbers printed beside them.
 * No hooks: the page sends it as static markup.
 */
export function ChangeTimeline({ timeline, total, locale }: ChangeTimelineProps) {
  const { overviewCopy } = overviewWords[locale];
  const copy = overviewCopy.timeline;
  return (
    <section aria-labelledby="timeline-heading" className="change-timeline">
      <h2 id="timeline-heading">{copy.heading}</h2>
      <p>{timeline.first ? copy.lead(timeline.first.year, timeline.first.names) : copy.leadNoFirst}</p>
      <p>{copy.amendNote}</p>
      {timeline.years.length === 0 && timeline.undated.length === 0 ? (
        <p>{copy.empty}</p>
      ) : (
        // Folded like a state page’s sources, so the page lays out some 350 fewer elements on load.
        <details className="timeline-details">
          <summary>{copy.showTable}</summary>
          {timeline.years.length === 0 ? (
            <p>{copy.empty}</p>
          ) : (
            <div className="table-scroll" role="region" aria-labelledby="timeline-caption" tabIndex={0}>
              <table className="timeline-table">
                <caption id="timeline-caption">{copy.caption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{copy.year}</th>
                    <th scope="col">{copy.withLaw}</th>
                    <th scope="col">{copy.enacted}</th>
                    <th scope="col">{copy.amended}</th>
                  </tr>
                </thead>
                <tbody>
                  {timeline.years.map((year) => (
                    <tr key={year.year}>
                      <th scope="row">{year.year}</th>
                      <td className="timeline-count">
                        <span className="timeline-bar-track" aria-hidden="true">
                          <span className="timeline-bar" style={{ inlineSize: `${total > 0 ? (year.withLaw / total) * 100 : 0}%` }} />
                        </span>
                        <span>{copy.withLawText(year.withLaw, total)}</span>
                      </td>
                      <td>
                        <StateLinks states={year.enacted} locale={locale} />
                      </td>
                      <td>
                        <StateLinks states={year.amended} locale={locale} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {timeline.undated.length > 0 ? (
            <>
              <p>{copy.undated(timeline.undated.length)}</p>
              <StateLinks states={timeline.undated} locale={locale} />
            </>
          ) : null}
        </details>
      )}
    </section>
  );
}
