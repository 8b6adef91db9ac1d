import type { Locale, SubmitApplicationDto } from '@kokemus/api-client';
import { zApplicationAreaDto } from '@kokemus/api-client/zod';
import * as z from 'zod';
import { parseDate } from '../../shared/format/date';
import { message } from '../../shared/i18n/message';
import { birthDateProblem, latestCourseYear, needsGuardian } from './apply.rules';

/** The contract's phone pattern (SubmitApplicationDto.phone, GuardianDto.phone). */
const PHONE = /^\+?[0-9 ()-]{6,20}$/;
const FIRST_COURSE_YEAR = 1970;

const required = (max: number) => z.string().trim().min(1, message('validation.required')).max(max);
const optionalText = (max: number) => z.string().trim().max(max);
const email = z.string().trim().pipe(z.email().max(254));
const phone = z
  .string()
  .trim()
  .refine((v) => v === '' || PHONE.test(v), message('apply.validation.phone'));
const wholeNumber = (v: string, min: number, max: number) =>
  /^\d+$/.test(v.trim()) && Number(v) >= min && Number(v) <= max;

const BIRTH_DATE_MESSAGES = {
  format: 'apply.validation.birthDate',
  future: 'apply.validation.birthDateFuture',
  tooYoung: 'apply.validation.tooYoung',
  tooOld: 'apply.validation.birthDate',
} as const;

/**
 * The application form. `today` is the Helsinki date of the app's clock: it decides whether the
 * applicant is old enough and whether a guardian is needed, so tests give a fixed day.
 */
export function applicationFormSchema(today: string) {
  const lastYear = latestCourseYear(today);
  return z
    .object({
      firstName: required(100),
      lastName: required(100),
      email,
      phone,
      birthDate: z.string().superRefine((value, ctx) => {
        const problem = value.trim() === '' ? null : birthDateProblem(value, today);
        if (value.trim() === '') ctx.addIssue({ code: 'custom', message: message('validation.required') });
        else if (problem) ctx.addIssue({ code: 'custom', message: message(BIRTH_DATE_MESSAGES[problem]) });
      }),
      municipalityCode: z.string().min(1, message('apply.validation.municipality')),
      guardian: z.object({ name: z.string(), email: z.string(), phone: z.string() }),
      languages: z.array(z.string()).min(1, message('apply.validation.languages')).max(20),
      areas: z.array(zApplicationAreaDto).min(1, message('apply.validation.areas')).max(30),
      taskTypes: z.array(z.string()).max(30),
      priorTraining: z
        .array(
          z.object({
            course: required(200),
            organiser: required(200),
            hours: z
              .string()
              .refine((v) => wholeNumber(v, 1, 2000), message('apply.validation.hours', { max: 2000 })),
            year: z
              .string()
              .refine(
                (v) => wholeNumber(v, FIRST_COURSE_YEAR, lastYear),
                message('apply.validation.year', { min: FIRST_COURSE_YEAR, max: lastYear }),
              ),
          }),
        )
        .max(20),
      availability: optionalText(1000),
      heardFrom: optionalText(200),
      message: optionalText(2000),
      privacyNoticeRead: z.boolean().refine((v) => v, message('apply.validation.privacy')),
      website: z.string(),
    })
    .superRefine(
      (values, ctx) => {
        if (!needsGuardian(values.birthDate, today)) return;
        const { name, email: guardianEmail, phone: guardianPhone } = values.guardian;
        if (name.trim() === '') {
          ctx.addIssue({
            code: 'custom',
            path: ['guardian', 'name'],
            message: message('validation.required'),
          });
        } else if (name.trim().length > 200) {
          ctx.addIssue({
            code: 'custom',
            path: ['guardian', 'name'],
            message: message('validation.tooLong', { max: 200 }),
          });
        }
        const address = guardianEmail.trim().toLowerCase();
        if (address === '') {
          ctx.addIssue({
            code: 'custom',
            path: ['guardian', 'email'],
            message: message('validation.required'),
          });
        } else if (!z.email().max(254).safeParse(address).success) {
          ctx.addIssue({ code: 'custom', path: ['guardian', 'email'], message: message('validation.email') });
        } else if (address === values.email.trim().toLowerCase()) {
          ctx.addIssue({
            code: 'custom',
            path: ['guardian', 'email'],
            message: message('apply.validation.guardianOwnEmail'),
          });
        }
        if (guardianPhone.trim() !== '' && !PHONE.test(guardianPhone.trim())) {
          ctx.addIssue({
            code: 'custom',
            path: ['guardian', 'phone'],
            message: message('apply.validation.phone'),
          });
        }
      },
      // Also while other fields are still wrong, so the error summary lists every missing answer at once.
      { when: () => true },
    );
}

export type ApplicationFormValues = z.input<ReturnType<typeof applicationFormSchema>>;
export type TrainingRowValues = ApplicationFormValues['priorTraining'][number];

export function emptyApplication(): ApplicationFormValues {
  return {
    firstName: '',
    lastName: '',
    email: '',
    phone: '',
    birthDate: '',
    municipalityCode: '',
    guardian: { name: '', email: '', phone: '' },
    languages: [],
    areas: [],
    taskTypes: [],
    priorTraining: [],
    availability: '',
    heardFrom: '',
    message: '',
    privacyNoticeRead: false,
    website: '',
  };
}

export function emptyTrainingRow(): TrainingRowValues {
  return { course: '', organiser: '', hours: '', year: '' };
}

/** The form as the API takes it: empty optional answers become null, numbers numbers, the date ISO. */
export function toApplicationBody(
  values: ApplicationFormValues,
  context: { locale: Locale; privacyNoticeVersion: string; today: string },
): SubmitApplicationDto {
  const orNull = (v: string) => v.trim() || null;
  return {
    firstName: values.firstName.trim(),
    lastName: values.lastName.trim(),
    email: values.email.trim(),
    phone: orNull(values.phone),
    birthDate: parseDate(values.birthDate) ?? values.birthDate.trim(),
    locale: context.locale,
    municipalityCode: values.municipalityCode,
    languages: values.languages,
    areas: values.areas.map((area) => ({ code: area.code, visibleToOrderers: area.visibleToOrderers })),
    taskTypes: values.taskTypes,
    priorTraining: values.priorTraining.map((row) => ({
      course: row.course.trim(),
      organiser: row.organiser.trim(),
      hours: Number(row.hours),
      year: Number(row.year),
    })),
    availability: orNull(values.availability),
    heardFrom: orNull(values.heardFrom),
    message: orNull(values.message),
    privacyNoticeRead: true,
    privacyNoticeVersion: context.privacyNoticeVersion,
    guardian: needsGuardian(values.birthDate, context.today)
      ? {
          name: values.guardian.name.trim(),
          email: values.guardian.email.trim(),
          phone: orNull(values.guardian.phone),
        }
      : null,
    website: values.website,
  };
}
