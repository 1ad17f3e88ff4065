'use client'

import { SelectInput, useField } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'

import { timeZoneNames } from '@hub/content-schemas'

const options = timeZoneNames.map((zone) => ({ label: zone.replace(/_/g, ' '), value: zone }))

/**
 * An event's time zone, chosen (and searched by typing) among the IANA zones
 * the contract accepts, and stored as the zone's name, such as Asia/Bangkok.
 */
export const TimeZoneField: TextFieldClientComponent = ({ field, path: pathFromProps, readOnly }) => {
  const { label, localized, required, admin: { description } = {} } = field
  const { path, value, setValue, showError, disabled } = useField<string | null>({
    potentiallyStalePath: pathFromProps,
  })
  return (
    <SelectInput
      name={path}
      path={path}
      label={label}
      localized={localized}
      required={required}
      description={description}
      showError={showError}
      readOnly={readOnly || disabled}
      options={options}
      value={value ?? undefined}
      isClearable={false}
      onChange={(option) => {
        const chosen = Array.isArray(option) ? option[0] : option
        setValue(typeof chosen?.value === 'string' ? chosen.value : null)
      }}
    />
  )
}
