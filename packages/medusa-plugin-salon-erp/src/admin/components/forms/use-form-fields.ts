import { useId } from "react"

type KeysOf<T, TValue> = { [K in keyof T]: T[K] extends TValue ? K : never }[keyof T]

/** Errors of a form, by field. */
export type FormErrors<T> = Partial<Record<keyof T, string>>

/**
 * Binds a form's values to its inputs: `set` changes one value, `text(key)` gives a TextField its
 * id, value, change handler and error, `flag(key)` gives a switch its id and state.
 */
export const useFormFields = <T extends object>(
  values: T,
  onChange: (values: T) => void,
  errors: FormErrors<T> = {}
) => {
  const id = useId()
  const set = <K extends keyof T>(key: K, value: T[K]) => onChange({ ...values, [key]: value })
  return {
    id,
    set,
    text: <K extends KeysOf<T, string>>(key: K) => ({
      id: `${id}-${String(key)}`,
      value: values[key] as string,
      onChange: (value: string) => set(key, value as T[K]),
      error: errors[key],
    }),
    flag: <K extends KeysOf<T, boolean>>(key: K) => ({
      id: `${id}-${String(key)}`,
      checked: values[key] as boolean,
      onCheckedChange: (checked: boolean) => set(key, checked as T[K]),
    }),
  }
}

export type FormFields<T extends object> = ReturnType<typeof useFormFields<T>>
