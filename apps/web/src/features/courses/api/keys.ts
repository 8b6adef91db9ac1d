import {
  getCourseQueryKey,
  listCoursesQueryKey,
  listMyCoursesQueryKey,
} from '@kokemus/api-client/react-query';

/** The courses feature's query keys, built from the generated ones so they match generated options. */
export const courseKeys = {
  /** Every list query: invalidate this after a change. */
  lists: () => listCoursesQueryKey(),
  detail: (id: string) => getCourseQueryKey({ path: { id } }),
  mine: () => listMyCoursesQueryKey(),
};
