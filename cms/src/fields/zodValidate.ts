import type { z } from 'zod'

/**
 * A Payload `validate` built from a content-schemas field type, so the admin
 * shows the contract's own message on the field. Empty optional values pass;
 * `required` is Payload's job.
 */
export function zodValidate(schema: z.ZodType, { required = false } = {}) {
  return (value: unknown): string | true => {
    const empty = value === null || value === undefined || value === ''
    if (empty) return required ? 'This field is required.' : true
    const result = schema.safeParse(value)
    return result.success ? true : (result.error.issues[0]?.message ?? 'This value is not valid.')
  }
}
