import { zodResolver } from '@hookform/resolvers/zod';
import type { CreateUnitDto, UnitDto, UnitKind, UpdateUnitDto } from '@kokemus/api-client';
import { zCreateUnitDto } from '@kokemus/api-client/zod';
import { useEffect, useMemo } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from 'suomifi-ui-components';
import * as z from 'zod';
import { message } from '../../../shared/i18n/message';
import { zodMessages } from '../../../shared/i18n/zod-messages';
import { FormErrorSummary, type SummaryField } from '../../../shared/ui/form-error-summary';
import { FormDropdown } from '../../../shared/ui/form-dropdown';
import { FormRadioGroup } from '../../../shared/ui/form-radio-group';
import { FormTextInput } from '../../../shared/ui/form-text-input';
import { useFormFailure } from '../../../shared/ui/use-form-failure';
import {
  ancestorPath,
  canHaveParent,
  needsParent,
  parentCandidates,
  UNIT_KINDS,
  unitName,
} from '../units.rules';

/** The Dropdown needs a value for "no parent" (a top-level external orderer). */
const NO_PARENT = 'none';

const unitFormSchema = z
  .object({
    kind: zCreateUnitDto.shape.kind,
    parentId: z.string(),
    name: zCreateUnitDto.shape.name,
    nameSv: z.string().max(200),
    costCentre: zCreateUnitDto.shape.costCentre,
  })
  .superRefine(
    (values, ctx) => {
      if (needsParent(values.kind) && (!values.parentId || values.parentId === NO_PARENT)) {
        ctx.addIssue({
          code: 'custom',
          path: ['parentId'],
          message: message('units.validation.parentRequired'),
        });
      }
    },
    // Also while other fields are still wrong, so the error summary lists every missing answer at once.
    { when: ({ issues }) => !issues.some((issue) => ['kind', 'parentId'].includes(String(issue.path?.[0]))) },
  );

export type UnitFormValues = z.input<typeof unitFormSchema>;
const FIELDS = ['kind', 'parentId', 'name', 'nameSv', 'costCentre'] as const;

function parentIdOf(values: UnitFormValues): string | null {
  return values.parentId && values.parentId !== NO_PARENT && canHaveParent(values.kind)
    ? values.parentId
    : null;
}

export function toCreateUnitBody(values: UnitFormValues): CreateUnitDto {
  return {
    kind: values.kind,
    parentId: parentIdOf(values),
    name: values.name.trim(),
    nameSv: values.nameSv.trim() || null,
    costCentre: values.costCentre.trim(),
  };
}

export function toUpdateUnitBody(values: UnitFormValues): UpdateUnitDto {
  return {
    parentId: parentIdOf(values),
    name: values.name.trim(),
    nameSv: values.nameSv.trim() || null,
    costCentre: values.costCentre.trim(),
  };
}

type Props = {
  /** Every unit, for the parent choices. */
  units: readonly UnitDto[];
  /** The unit being edited; without it the form creates a new one. */
  unit?: UnitDto;
  initialParentId?: string;
  initialKind?: UnitKind;
  submitting: boolean;
  onSubmit: (values: UnitFormValues) => Promise<unknown>;
  onCancel?: () => void;
};

export function UnitForm({
  units,
  unit,
  initialParentId,
  initialKind,
  submitting,
  onSubmit,
  onCancel,
}: Props) {
  const { t, i18n } = useTranslation();
  const editing = unit !== undefined;
  const form = useForm<UnitFormValues>({
    // Focus goes to the error summary instead, which links to each field.
    shouldFocusError: false,
    resolver: zodResolver(unitFormSchema, {
      error: zodMessages({ costCentre: 'units.validation.costCentreFormat' }),
    }),
    defaultValues: {
      kind: unit?.kind ?? initialKind ?? 'unit',
      parentId: unit ? (unit.parentId ?? NO_PARENT) : (initialParentId ?? ''),
      name: unit?.name ?? '',
      nameSv: unit?.nameSv ?? '',
      costCentre: unit?.costCentre ?? '',
    },
  });
  const failure = useFormFailure(form.setError, FIELDS);
  const kind = useWatch({ control: form.control, name: 'kind' });
  const parentId = useWatch({ control: form.control, name: 'parentId' });

  const candidates = useMemo(
    () => parentCandidates(units, kind, i18n.language, unit?.id),
    [units, kind, i18n.language, unit?.id],
  );
  const parentChoices = useMemo(() => {
    const choices = candidates.map((candidate) => {
      const path = ancestorPath(units, candidate, i18n.language);
      const name = unitName(candidate, i18n.language);
      return { value: candidate.id, label: path.length ? `${name} (${path.join(' › ')})` : name };
    });
    return needsParent(kind) ? choices : [{ value: NO_PARENT, label: t('units.form.noParent') }, ...choices];
  }, [candidates, units, kind, i18n.language, t]);

  // A parent that does not fit the newly chosen kind is cleared rather than silently sent.
  useEffect(() => {
    if (parentId && parentId !== NO_PARENT && !candidates.some((c) => c.id === parentId)) {
      form.setValue('parentId', '');
    }
  }, [candidates, parentId, form]);

  const idPrefix = editing ? 'unit-edit' : 'unit-new';
  const fields: SummaryField<UnitFormValues>[] = [
    ...(editing ? [] : [{ name: 'kind' as const, label: t('units.form.kind'), inputId: `${idPrefix}-kind` }]),
    // The Dropdown puts its id on a wrapper; its button is what takes the focus.
    { name: 'parentId', label: t('units.form.parent'), inputId: `${idPrefix}-parent_button` },
    { name: 'name', label: t('units.form.name'), inputId: `${idPrefix}-name` },
    { name: 'nameSv', label: t('units.form.nameSv'), inputId: `${idPrefix}-name-sv` },
    { name: 'costCentre', label: t('units.form.costCentre'), inputId: `${idPrefix}-cost-centre` },
  ];

  const submit = form.handleSubmit((values) => onSubmit(values).catch(failure.onProblem), failure.onInvalid);

  return (
    <form noValidate onSubmit={submit}>
      <FormErrorSummary
        errors={form.formState.errors}
        fields={fields}
        failedSubmits={failure.failedSubmits}
        problem={failure.problem}
      />
      <div className="form-stack">
        {editing ? null : (
          <FormRadioGroup
            control={form.control}
            name="kind"
            id={`${idPrefix}-kind`}
            label={t('units.form.kind')}
            choices={UNIT_KINDS.map((value) => ({
              value,
              label: t(`units.kind.${value}`),
              hint: t(`units.kindHint.${value}`),
            }))}
          />
        )}
        {canHaveParent(kind) ? (
          <FormDropdown
            control={form.control}
            name="parentId"
            id={`${idPrefix}-parent`}
            label={t('units.form.parent')}
            hint={t(`units.form.parentHint.${kind}`)}
            placeholder={t('units.form.parentPlaceholder')}
            choices={parentChoices}
          />
        ) : null}
        <FormTextInput
          control={form.control}
          name="name"
          id={`${idPrefix}-name`}
          label={t('units.form.name')}
        />
        <FormTextInput
          control={form.control}
          name="nameSv"
          id={`${idPrefix}-name-sv`}
          label={t('units.form.nameSv')}
          optional
        />
        <FormTextInput
          control={form.control}
          name="costCentre"
          id={`${idPrefix}-cost-centre`}
          label={t('units.form.costCentre')}
          hint={t('units.form.costCentreHint')}
        />
        <div className="button-row">
          <Button type="submit" disabled={submitting}>
            {editing ? t('units.form.save') : t('units.form.create')}
          </Button>
          {onCancel ? (
            <Button type="button" variant="secondary" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          ) : null}
        </div>
      </div>
    </form>
  );
}
