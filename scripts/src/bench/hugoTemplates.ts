/**
 * Hugo layouts doing what the site's Astro pages do, simply: one base with the
 * site's own stylesheet inlined (as Astro inlines it), a navigation of the
 * listings, and per kind of page the same lists the site computes (a topic
 * lists its resources, an organisation its own, a listing its type).
 */
const listItem = `<li><a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ with .Params.summary }}<p>{{ . }}</p>{{ end }}</li>`

export const hugoLayouts = (css: string): Record<string, string> => ({
  '_default/baseof.html': `<!doctype html>
<html lang="{{ .Params.locale | default "en" }}" dir="{{ if eq .Params.locale "ar" }}rtl{{ else }}ltr{{ end }}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }}</title><style>${css}</style></head>
<body>
<header><nav><ul>{{ range index site.Data.nav (.Params.locale | default "en") }}<li><a href="{{ .url }}">{{ .title }}</a></li>{{ end }}</ul></nav></header>
<main>{{ block "main" . }}{{ end }}</main>
<footer><p>{{ site.Title }}</p></footer>
</body></html>
`,
  '_default/single.html': `{{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}{{ end }}`,
  'resource/single.html': `{{ define "main" }}<article><h1>{{ .Title }}</h1>
{{ with .Params.summary }}<p class="summary">{{ . }}</p>{{ end }}
{{ $terms := index site.Data.terms .Params.locale }}<ul class="terms">{{ range .Params.terms }}{{ with index $terms . }}<li><a href="{{ .url }}">{{ .name }}</a></li>{{ end }}{{ end }}</ul>
{{ .Content }}</article>{{ end }}`,
  'taxonomy/single.html': `{{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}
<ul>{{ range where (where site.RegularPages "Params.locale" .Params.locale) "Params.terms" "intersect" (slice .Params.term) }}${listItem}{{ end }}</ul>{{ end }}`,
  'organization/single.html': `{{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}
<ul>{{ range where (where site.RegularPages "Params.locale" .Params.locale) "Params.organization" .Params.slug }}${listItem}{{ end }}</ul>{{ end }}`,
  'listing/single.html': `{{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}
<ul>{{ range where (where site.RegularPages "Params.locale" .Params.locale) "Params.collection" .Params.lists }}${listItem}{{ end }}</ul>{{ end }}`,
  'country/single.html': `{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range where (where site.RegularPages "Params.locale" .Params.locale) "Params.country" .Params.country }}{{ if eq .Params.collection "organizations" }}${listItem}{{ end }}{{ end }}</ul>{{ end }}`,
  'home/single.html': `{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range first 10 (where (where site.RegularPages "Params.locale" .Params.locale) "Params.collection" "posts").ByDate.Reverse }}${listItem}{{ end }}</ul>{{ end }}`,
  'index.html': `{{ define "main" }}<p><a href="/en/">English</a></p>{{ end }}`,
  '404.html': `{{ define "main" }}<h1>Not found</h1>{{ end }}`,
})
