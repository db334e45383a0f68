/**
 * Query keys for one resource, shaped so that invalidating a broader key (`all`, `lists()`,
 * `detail(id)`) also invalidates every narrower key under it.
 */
export const queryKeysFactory = <
  TKey extends string,
  TListQuery extends object = Record<string, unknown>,
  TDetailQuery extends object = Record<string, unknown>,
>(
  globalKey: TKey
) => {
  const keys = {
    all: [globalKey] as const,
    lists: () => [...keys.all, "list"] as const,
    list: (query?: TListQuery) => [...keys.lists(), query ?? {}] as const,
    details: () => [...keys.all, "detail"] as const,
    // The query goes last so `detail(id)` is a prefix of every key about that record.
    detail: (id: string, query?: TDetailQuery) =>
      query ? ([...keys.details(), id, query] as const) : ([...keys.details(), id] as const),
  }
  return keys
}
