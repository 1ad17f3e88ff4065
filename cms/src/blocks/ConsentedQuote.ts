import type { Block } from 'payload'

import { consentedQuoteBlock } from '@hub/content-schemas'

import { fromContract } from '../fields/fromContract'

const quote = fromContract(consentedQuoteBlock, 'block consentedQuote')

/** A person's words, published only with their recorded consent. */
export const ConsentedQuote: Block = {
  slug: 'consentedQuote',
  interfaceName: 'ConsentedQuoteBlock',
  labels: { singular: 'Quote (with consent)', plural: 'Quotes (with consent)' },
  fields: [
    quote.textarea('quote'),
    quote.text('attribution', {
      admin: { description: 'Who is quoted, without identifying details unless they agreed to them.' },
    }),
    quote.checkbox('consentRecorded', { label: 'Consent recorded' }),
  ],
}
