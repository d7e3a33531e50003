/**
 * The shape an English namespace must have: the Swedish file's keys with any text.
 * `const en: Strings<typeof sv> = {…}` makes tsc report a missing or misspelt key.
 */
export type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };
