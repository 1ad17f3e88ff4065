import { Callout } from './Callout'
import { Checklist } from './Checklist'
import { ConsentedQuote } from './ConsentedQuote'
import { Hotline } from './Hotline'
import { Image } from './Image'
import { ResourceLink } from './ResourceLink'
import { Steps } from './Steps'

export const guideBlocks = [Callout, Hotline, Steps, Checklist, ResourceLink, ConsentedQuote, Image]
