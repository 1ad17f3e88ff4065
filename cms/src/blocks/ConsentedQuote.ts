import type { Block } from 'payload'

/** A person's words, published only with their recorded consent. */
export const ConsentedQuote: Block = {
  slug: 'consentedQuote',
  interfaceName: 'ConsentedQuoteBlock',
  labels: { singular: 'Quote (with consent)', plural: 'Quotes (with consent)' },
  fields: [
    { name: 'quote', type: 'textarea', required: true },
    {
      name: 'attribution',
      type: 'text',
      required: true,
      admin: { description: 'Who is quoted, without identifying details unless they agreed to them.' },
    },
    {
      name: 'consentRecorded',
      type: 'checkbox',
      required: true,
      validate: (value: unknown) =>
        value === true ||
        'Quoting a person needs their recorded consent: tick "Consent recorded" or remove the quote.',
      label: 'Consent recorded',
    },
  ],
}
