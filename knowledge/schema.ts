import { z } from 'zod';
import { TOPIC_IDS } from './types';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD');
const clock = z.string().regex(/^([01]\d|2[0-4]):[0-5]\d$/, 'HH:MM (24:00 allowed as end of day)');
const id = z.string().regex(/^[a-zA-Z][\w-]*$/);

export const STATUSES = ['confirmed', 'secondary', 'unconfirmed'] as const;
export type Status = (typeof STATUSES)[number];

export const sourceSchema = z
  .object({
    id,
    title: z.string().min(1),
    publisher: z.string().min(1),
    url: z.url({ protocol: /^https$/ }).nullable(),
    official: z.boolean(),
    pageDate: partialDate.nullable(),
    note: z.string().optional(),
  })
  .strict();

export const DAY_SELECTORS = [
  'mon',
  'tue',
  'wed',
  'thu',
  'fri',
  'sat',
  'sun',
  'weekday',
  'weekend',
  'holiday',
  'daily',
  'sun4',
] as const;
export type DaySelector = (typeof DAY_SELECTORS)[number];
export const SPECIAL_DAYS = ['holidays', 'year_end'] as const;

export const hoursSchema = z
  .object({
    rules: z
      .array(
        z
          .object({
            days: z.array(z.enum(DAY_SELECTORS)).min(1),
            from: clock,
            to: clock,
            /** The opening serves only some procedures (the ward offices' 4th Sunday): said on the card. */
            only: z.enum(['someProcedures']).optional(),
          })
          .strict(),
      )
      .min(1),
    /** true when the rules list every opening; false means "outside these, we do not know". */
    complete: z.boolean(),
    /** Days closed whatever the rules say (public holidays unless a rule names them, 29 Dec–3 Jan). */
    closed: z.array(z.enum(SPECIAL_DAYS)).default([]),
    /** Days on which the rules may not hold: the answer says "unknown" and links the page. */
    uncertain: z.array(z.enum(SPECIAL_DAYS)).default([]),
  })
  .strict();
export type Hours = z.infer<typeof hoursSchema>;

export const factSchema = z
  .object({
    id,
    value: z.union([z.number(), z.string(), z.null()]),
    type: z.enum(['number', 'ordinal', 'yen', 'date', 'time', 'year']),
    status: z.enum(STATUSES),
    source: id,
    /** For a secondary fact: the official page every answer stating it links. */
    link: id.optional(),
    checked: isoDate,
    note: z.string().optional(),
  })
  .strict()
  .superRefine((fact, ctx) => {
    // An unconfirmed fact carries no value, so nothing can ever state it.
    if (fact.status === 'unconfirmed' && fact.value !== null) {
      ctx.addIssue({ code: 'custom', message: `${fact.id}: an unconfirmed fact must have value null` });
    }
    if (fact.status !== 'unconfirmed' && fact.value === null) {
      ctx.addIssue({ code: 'custom', message: `${fact.id}: a stated fact needs a value` });
    }
    if (fact.type === 'date' && typeof fact.value === 'string' && !/^\d{4}-\d{2}-\d{2}$/.test(fact.value)) {
      ctx.addIssue({ code: 'custom', message: `${fact.id}: a date fact is YYYY-MM-DD` });
    }
    if (fact.type === 'time' && typeof fact.value === 'string' && !/^\d{2}:\d{2}$/.test(fact.value)) {
      ctx.addIssue({ code: 'custom', message: `${fact.id}: a time fact is HH:MM` });
    }
  });
export type Fact = z.infer<typeof factSchema>;

/** Phone numbers as dialled in Japan: 3-digit services, #-codes, or area-code numbers. */
const phone = z
  .string()
  .regex(/^(\d{3}|#\d{4}|0\d+(-\d+){1,2})$/, 'a Japanese phone number')
  .refine((p) => !p.startsWith('0') || [10, 11].includes(p.replace(/-/g, '').length), '10 or 11 digits');

export const contactSchema = z
  .object({
    id,
    kind: z.enum(['emergency', 'phone', 'counter', 'service', 'event']),
    officialName: z.string().min(1),
    phone: phone.optional(),
    altPhone: phone.optional(),
    address: z.string().optional(),
    languages: z.array(z.string()).optional(),
    /** The official page, as a source id: URLs live only in sources.json. */
    page: id.optional(),
    /**
     * The same page for residents who read neither Japanese nor easy Japanese (an English
     * version), when the official page exists in one: linked in every other language.
     */
    pageOtherLanguages: id.optional(),
    hours: hoursSchema.optional(),
    status: z.enum(['confirmed', 'secondary']),
    source: id,
    checked: isoDate,
    /** What we know exists but could not confirm: never stated, the answer links the page instead. */
    unconfirmed: z.array(z.string()).default([]),
  })
  .strict()
  .superRefine((contact, ctx) => {
    if (contact.status === 'secondary' && !contact.page) {
      ctx.addIssue({
        code: 'custom',
        message: `${contact.id}: a secondary contact must link its official page`,
      });
    }
    if (!contact.phone && !contact.page) {
      ctx.addIssue({ code: 'custom', message: `${contact.id}: a contact needs a phone number or a page` });
    }
  });
export type Contact = z.infer<typeof contactSchema>;

export const topicSchema = z
  .object({ id: z.enum(TOPIC_IDS), page: id, contacts: z.array(id).min(1) })
  .strict();
export type Topic = z.infer<typeof topicSchema>;

export const coolingOffSchema = z
  .object({
    source: id,
    note: z.string(),
    saleTypes: z.array(z.object({ id, daysFact: id.nullable(), includes: z.string() }).strict()).min(1),
  })
  .strict();
export type CoolingOffData = z.infer<typeof coolingOffSchema>;
export type SaleType = CoolingOffData['saleTypes'][number];

export const knowledgeFiles = {
  sources: z.array(sourceSchema),
  facts: z.array(factSchema),
  contacts: z.array(contactSchema),
  topics: z.array(topicSchema),
  coolingOff: coolingOffSchema,
};
export type Source = z.infer<typeof sourceSchema>;
