'use client'

import {
  FieldDescription,
  FieldError,
  FieldLabel,
  fieldBaseClass,
  useField,
  useFormFields,
} from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'
import { useEffect, useRef } from 'react'

import { pickerValue, storedValue } from './localDateTime'

/**
 * An event's start or end, picked in the browser's own date and time picker.
 * The text stored is the contract's: a wall-clock "2026-12-03T19:00" in the
 * event's zone, or "2026-12-03" when the sibling all-day box is ticked; the
 * zone is its own field, so nothing here converts between zones.
 */
export const DateTimeField: TextFieldClientComponent = ({ field, path: pathFromProps, readOnly }) => {
  const { label, localized, required, admin: { description } = {} } = field
  const { path, value, setValue, showError, disabled } = useField<string | null>({
    potentiallyStalePath: pathFromProps,
  })
  const allDayPath = path.includes('.') ? path.replace(/[^.]+$/, 'allDay') : 'allDay'
  const allDay = useFormFields(([fields]) => fields[allDayPath]?.value === true)

  // Ticking all-day keeps the date and drops the time, which an all-day event does not have.
  const wasAllDay = useRef(allDay)
  useEffect(() => {
    if (allDay && !wasAllDay.current && value) setValue(storedValue(value, true))
    wasAllDay.current = allDay
  }, [allDay, value, setValue])

  const id = `field-${path.replace(/\./g, '__')}`
  return (
    <div className={[fieldBaseClass, 'text', 'event-time', showError && 'error'].filter(Boolean).join(' ')}>
      <FieldLabel htmlFor={id} label={label} localized={localized} path={path} required={required} />
      <div className={`${fieldBaseClass}__wrap`}>
        <FieldError path={path} showError={showError} />
        <input
          id={id}
          name={path}
          type={allDay ? 'date' : 'datetime-local'}
          value={pickerValue(value, allDay)}
          disabled={readOnly || disabled}
          onChange={(event) => setValue(storedValue(event.target.value, allDay))}
        />
        <FieldDescription description={description} path={path} />
      </div>
    </div>
  )
}
