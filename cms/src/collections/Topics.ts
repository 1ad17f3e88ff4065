import { taxonomyCollection } from './taxonomy'

export const Topics = taxonomyCollection('topics')
