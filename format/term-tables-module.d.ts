/** The term tables this package carries, written per course by build-scripts/term-tables-module.ts. */
declare module 'virtual:lmspack/term-tables' {
  const tables: import('./i18n/carried-tables.ts').CarriedTables;
  export default tables;
}
