import type { KnowledgeBase } from './knowledgeBase';
import { parseIsoDate, daysBetween } from './calendar';
import type { LocalDate } from './calendar';

export interface CheckReport {
  unconfirmed: string[];
  secondary: string[];
  stale: string[];
  unlinkedSources: string[];
}

/** The evidence for a fact is as old as the page it was read on, or as the day it was checked. */
function evidenceDate(pageDate: string | null, checked: string): LocalDate | null {
  if (pageDate) {
    const [y, m, d] = pageDate.split('-').map(Number);
    // A page dated only by year or month counts from its first day: the oldest it can be.
    return { y: y ?? 1970, m: m ?? 1, d: d ?? 1 };
  }
  return parseIsoDate(checked);
}

/** What staff must look at: facts we may not state, facts resting on secondary sources, old evidence. */
export function checkKnowledge(kb: KnowledgeBase, today: LocalDate, maxAgeDays = 365): CheckReport {
  const report: CheckReport = { unconfirmed: [], secondary: [], stale: [], unlinkedSources: [] };
  const old = (pageDate: string | null, checked: string): boolean => {
    const date = evidenceDate(pageDate, checked);
    return date !== null && daysBetween(date, today) > maxAgeDays;
  };
  for (const fact of kb.data.facts) {
    const source = kb.source(fact.source);
    if (fact.status === 'unconfirmed') report.unconfirmed.push(`fact ${fact.id}: ${fact.note ?? ''}`.trim());
    if (fact.status === 'secondary') report.secondary.push(`fact ${fact.id} (source ${source.id})`);
    if (fact.status !== 'unconfirmed' && old(source.pageDate, fact.checked)) {
      report.stale.push(`fact ${fact.id}: evidence from ${source.pageDate ?? fact.checked} (${source.id})`);
    }
  }
  for (const contact of kb.data.contacts) {
    const source = kb.source(contact.source);
    for (const what of contact.unconfirmed) report.unconfirmed.push(`contact ${contact.id}: ${what}`);
    if (contact.status === 'secondary') report.secondary.push(`contact ${contact.id} (source ${source.id})`);
    if (old(source.pageDate, contact.checked)) {
      report.stale.push(
        `contact ${contact.id}: evidence from ${source.pageDate ?? contact.checked} (${source.id})`,
      );
    }
  }
  for (const source of kb.data.sources) {
    if (!source.url) report.unlinkedSources.push(`${source.id}: ${source.title}`);
  }
  return report;
}
