/**
 * npm run knowledge:check — validates every knowledge file (schema and cross-references; exits 1
 * on any error) and lists what staff should re-check: unconfirmed facts, secondary sources, and
 * evidence older than a year.
 */
import { todayInJapan } from '../knowledge/calendar';
import { checkKnowledge } from '../knowledge/check';
import { KnowledgeBase } from '../knowledge/knowledgeBase';

try {
  const kb = KnowledgeBase.load(process.env.KNOWLEDGE_DIR || undefined);
  const report = checkKnowledge(kb, todayInJapan(new Date()));
  console.log(
    `knowledge OK: ${kb.data.sources.length} sources, ${kb.data.facts.length} facts, ${kb.data.contacts.length} contacts, ${kb.data.topics.length} topics`,
  );
  const section = (title: string, items: string[]): void => {
    console.log(`\n${title} (${items.length})`);
    for (const item of items) console.log(`  - ${item}`);
  };
  section('Unconfirmed — never stated; answers link the official page', report.unconfirmed);
  section('Secondary — stated only with a link to the official page', report.secondary);
  section('Older than a year — re-check against the source', report.stale);
  section('Sources without an address on record', report.unlinkedSources);
} catch (err) {
  console.error(`knowledge check failed: ${(err as Error).message}`);
  process.exit(1);
}
