import { geoEqualEarth, geoPath } from 'd3-geo'
import countries from 'i18n-iso-countries'
import { feature, merge } from 'topojson-client'
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from 'topojson-specification'
import world from 'world-atlas/countries-110m.json'

/** The map's drawing size in SVG units; the page scales it to its width. */
export const mapWidth = 640
export const mapHeight = 300

type Countries = GeometryCollection<{ name: string }>
// Natural Earth's countries are all areas.
type Shape = Polygon<{ name: string }> | MultiPolygon<{ name: string }>
const topology = world as unknown as Topology<{ countries: Countries }>
// Antarctica holds no members and would take a fifth of the height.
const antarctica = '010'
const geometries = (topology.objects.countries.geometries as Shape[]).filter(
  (country) => country.id !== antarctica,
)

const shown: Countries = { type: 'GeometryCollection', geometries }
const projection = geoEqualEarth().fitSize([mapWidth, mapHeight], feature(topology, shown))
// Whole SVG units: at this size a finer outline adds bytes nobody sees.
const draw = geoPath(projection).digits(0)

export interface MemberShape {
  /** ISO 3166-1 alpha-2, as organizations store their country. */
  country: string
  path: string
}

/**
 * The world as SVG paths, drawn at build time from Natural Earth's 1:110m
 * shapes (world-atlas): every country without members merged into one
 * outline, and one path per member country. A code the shapes lack (a
 * territory too small at this scale) has no shape and is left to the text list.
 */
export function memberMap(memberCountries: readonly string[]): { land: string; members: MemberShape[] } {
  const byNumeric = new Map(
    memberCountries.map((code) => [countries.alpha2ToNumeric(code.toUpperCase()), code] as const),
  )
  const others = geometries.filter((country) => !byNumeric.has(String(country.id)))
  const members = geometries.flatMap((country) => {
    const code = byNumeric.get(String(country.id))
    const path = code ? draw(feature(topology, country)) : null
    return code && path ? [{ country: code, path }] : []
  })
  return { land: draw(merge(topology, others)) ?? '', members }
}
