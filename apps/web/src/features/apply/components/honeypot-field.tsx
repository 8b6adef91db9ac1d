import { Controller, type Control } from 'react-hook-form';
import type { ApplicationFormValues } from '../application-form.schema';

/**
 * A field people neither see nor reach (hidden, out of the tab order, hidden from screen readers):
 * a program that fills in every field fills this one too, and the API then keeps nothing.
 */
export function HoneypotField({ control }: { control: Control<ApplicationFormValues> }) {
  return (
    <div className="apply-extra" aria-hidden="true">
      <Controller
        control={control}
        name="website"
        render={({ field }) => (
          <label>
            Website
            <input
              type="text"
              name={field.name}
              value={field.value}
              onChange={(event) => field.onChange(event.target.value)}
              tabIndex={-1}
              autoComplete="off"
            />
          </label>
        )}
      />
    </div>
  );
}
