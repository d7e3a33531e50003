/** Text limits, documented in the README. Generous enough for a three-page Arbetssätt. */
export const LIMITS = {
  name: 200,
  title: 500,
  activityTitle: 1000,
  heading: 300,
  shortText: 500,
  richText: 100_000,
} as const;
