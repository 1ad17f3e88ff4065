/** The task behind every site build, and the queue its jobs wait in. */
export const publishSiteTaskSlug = 'publishSite'
export const siteBuildQueue = 'site'
