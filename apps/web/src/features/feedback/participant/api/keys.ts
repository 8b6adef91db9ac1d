/** The participants' feedback query keys (the public form uses the generated `participantFormQueryKey`). */
export const participantKeys = {
  /** The link of a task time: made by a POST (idempotent), kept as a query so the sheet asks once. */
  link: (occurrenceId: string) => ['participantLink', occurrenceId] as const,
};
