import type { ReactNode } from 'react';
import type { Control, FieldValues, Path } from 'react-hook-form';

export type FieldProps<T extends FieldValues> = {
  control: Control<T>;
  name: Path<T>;
  id: string;
  label: string;
  hint?: string;
  optional?: boolean;
};

export type Choice<V extends string> = { value: V; label: ReactNode; hint?: string };
