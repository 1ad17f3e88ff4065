import { taxonomyCollection } from './taxonomy'

export const Regions = taxonomyCollection('regions')
