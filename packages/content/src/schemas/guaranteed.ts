/**
 * TypeGen types every projected field as nullable. `Guaranteed<T, K>` is T
 * with the fields in K present and non-null: what a page may rely on after
 * validation. Schemas are annotated with these types, so renaming a field in
 * the Studio schema breaks `pnpm check` here instead of a page at runtime.
 */
export type Guaranteed<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
