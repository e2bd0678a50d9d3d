import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import type { Contact, CoolingOffData, Fact, SaleType, Source, Topic } from './schema';
import { knowledgeFiles } from './schema';
import type { TopicId } from './types';
import { TOPIC_IDS } from './types';

export const DEFAULT_KNOWLEDGE_DIR = path.join(__dirname, 'data');

export class KnowledgeError extends Error {}

export interface KnowledgeData {
  sources: Source[];
  facts: Fact[];
  contacts: Contact[];
  topics: Topic[];
  coolingOff: CoolingOffData;
}

/**
 * The city's facts, validated once at start-up. Phone numbers live only in contacts.json and URLs
 * only in sources.json; everything else refers to them by id, so a number is corrected in one place.
 */
export class KnowledgeBase {
  private readonly sources: Map<string, Source>;
  private readonly facts: Map<string, Fact>;
  private readonly contacts: Map<string, Contact>;
  private readonly topics: Map<string, Topic>;

  constructor(readonly data: KnowledgeData) {
    this.sources = indexById(data.sources, 'source');
    this.facts = indexById(data.facts, 'fact');
    this.contacts = indexById(data.contacts, 'contact');
    this.topics = indexById(data.topics, 'topic');
    this.checkReferences();
  }

  static load(dir: string = DEFAULT_KNOWLEDGE_DIR): KnowledgeBase {
    return new KnowledgeBase({
      sources: readJson(dir, 'sources.json', knowledgeFiles.sources),
      facts: readJson(dir, 'facts.json', knowledgeFiles.facts),
      contacts: readJson(dir, 'contacts.json', knowledgeFiles.contacts),
      topics: readJson(dir, 'topics.json', knowledgeFiles.topics),
      coolingOff: readJson(dir, 'cooling-off.json', knowledgeFiles.coolingOff),
    });
  }

  source(id: string): Source {
    return required(this.sources, id, 'source');
  }

  /** The address of an official page, by source id. */
  pageUrl(sourceId: string): string {
    const url = this.source(sourceId).url;
    if (!url) throw new KnowledgeError(`source ${sourceId} has no address to link`);
    return url;
  }

  contact(id: string): Contact {
    return required(this.contacts, id, 'contact');
  }

  topic(id: TopicId): Topic {
    return required(this.topics, id, 'topic');
  }

  fact(id: string): Fact {
    return required(this.facts, id, 'fact');
  }

  /** Facts that may be said: confirmed ones, and secondary ones that have an official page to link. */
  statedFacts(): Fact[] {
    return this.data.facts.filter((f) => f.status === 'confirmed' || (f.status === 'secondary' && f.link));
  }

  saleTypes(): readonly SaleType[] {
    return this.data.coolingOff.saleTypes;
  }

  /** The cooling-off period in days for a sale type; null when the law grants none (mail order). */
  coolingOffDays(saleTypeId: string): number | null {
    const saleType = this.data.coolingOff.saleTypes.find((s) => s.id === saleTypeId);
    if (!saleType) throw new KnowledgeError(`unknown sale type ${saleTypeId}`);
    if (saleType.daysFact === null) return null;
    const value = this.fact(saleType.daysFact).value;
    if (typeof value !== 'number') throw new KnowledgeError(`${saleType.daysFact} is not a number`);
    return value;
  }

  private checkReferences(): void {
    const problems: string[] = [];
    const needSource = (id: string | undefined, where: string, mustHaveUrl = false): void => {
      if (id === undefined) return;
      const source = this.sources.get(id);
      if (!source) problems.push(`${where}: unknown source ${id}`);
      else if (mustHaveUrl && !source.url) problems.push(`${where}: source ${id} has no address to link`);
    };
    for (const fact of this.data.facts) {
      needSource(fact.source, `fact ${fact.id}`);
      needSource(fact.link, `fact ${fact.id} link`, true);
    }
    const phones = new Map<string, string>();
    for (const contact of this.data.contacts) {
      needSource(contact.source, `contact ${contact.id}`);
      needSource(contact.page, `contact ${contact.id} page`, true);
      needSource(contact.pageOtherLanguages, `contact ${contact.id} pageOtherLanguages`, true);
      for (const phone of [contact.phone, contact.altPhone]) {
        if (!phone) continue;
        const other = phones.get(phone);
        if (other) problems.push(`phone ${phone} appears in both ${other} and ${contact.id}`);
        phones.set(phone, contact.id);
      }
    }
    for (const topic of this.data.topics) {
      needSource(topic.page, `topic ${topic.id}`, true);
      for (const c of topic.contacts)
        if (!this.contacts.has(c)) problems.push(`topic ${topic.id}: unknown contact ${c}`);
    }
    for (const id of TOPIC_IDS) if (!this.topics.has(id)) problems.push(`topic ${id} is missing`);
    needSource(this.data.coolingOff.source, 'cooling-off');
    for (const s of this.data.coolingOff.saleTypes) {
      if (s.daysFact === null) continue;
      const fact = this.facts.get(s.daysFact);
      if (!fact || typeof fact.value !== 'number' || fact.status !== 'confirmed') {
        problems.push(`sale type ${s.id}: ${s.daysFact} must be a confirmed number`);
      }
    }
    const urls = new Map<string, string>();
    for (const source of this.data.sources) {
      if (!source.url) continue;
      const other = urls.get(source.url);
      if (other) problems.push(`address ${source.url} appears in both ${other} and ${source.id}`);
      urls.set(source.url, source.id);
    }
    if (problems.length > 0)
      throw new KnowledgeError(`knowledge is inconsistent:\n- ${problems.join('\n- ')}`);
  }
}

function readJson<T extends z.ZodType>(dir: string, file: string, schema: T): z.infer<T> {
  const full = path.join(dir, file);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(full, 'utf8'));
  } catch (err) {
    throw new KnowledgeError(`${full}: ${(err as Error).message}`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new KnowledgeError(`${full}: ${issues}`);
  }
  return parsed.data;
}

function indexById<T extends { id: string }>(items: readonly T[], kind: string): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) {
    if (map.has(item.id)) throw new KnowledgeError(`duplicate ${kind} id ${item.id}`);
    map.set(item.id, item);
  }
  return map;
}

function required<T>(map: Map<string, T>, id: string, kind: string): T {
  const value = map.get(id);
  if (value === undefined) throw new KnowledgeError(`unknown ${kind} ${id}`);
  return value;
}
