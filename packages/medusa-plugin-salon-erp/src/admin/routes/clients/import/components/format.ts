const numberFormat = new Intl.NumberFormat("en-GB")

export const count = (value: number) => numberFormat.format(value)

export const plural = (value: number, one: string, many = `${one}s`) =>
  `${count(value)} ${value === 1 ? one : many}`
