import type { ReactNode } from 'react';
import { Button } from 'suomifi-ui-components';

/**
 * Rows of fields that are added and removed freely (weekly times, exclusions): each row a fieldset with
 * its own legend and remove button, and one add button under them.
 */
export function FieldRows({
  rows,
  empty,
  legend,
  removeLabel,
  addLabel,
  onRemove,
  onAdd,
  children,
}: {
  rows: readonly { id: string }[];
  empty: string;
  legend: (n: number) => string;
  removeLabel: (n: number) => string;
  addLabel: string;
  onRemove: (index: number) => void;
  onAdd: () => void;
  children: (index: number) => ReactNode;
}) {
  return (
    <div className="slot-list">
      {rows.length === 0 ? <p className="hint">{empty}</p> : null}
      {rows.map((row, i) => (
        <fieldset key={row.id} className="slot-row">
          <legend>{legend(i + 1)}</legend>
          {children(i)}
          <div>
            <Button variant="secondaryNoBorder" type="button" onClick={() => onRemove(i)}>
              {removeLabel(i + 1)}
            </Button>
          </div>
        </fieldset>
      ))}
      <div>
        <Button variant="secondary" type="button" onClick={onAdd}>
          {addLabel}
        </Button>
      </div>
    </div>
  );
}
