import type { Block } from 'payload'

import { stepsBlock } from '@hub/content-schemas'

import { fromContract } from '../fields/fromContract'

const steps = fromContract(stepsBlock, 'block steps')

export const Steps: Block = {
  slug: 'steps',
  interfaceName: 'StepsBlock',
  fields: [steps.array('steps', (step) => [step.text('title'), step.textarea('text')])],
}
