import { type Control, Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Checkbox } from 'suomifi-ui-components';
import { useOrderAreas } from '../api/list-experience-areas';
import { type AreaWish, type OrderFormValues } from '../orders.rules';
import { catalogLabel } from '../../../shared/format/catalog-label';

/** The experience areas wished for: each one not wished, preferred, or (nested under it) required. */
export function OrderAreasField({ control }: { control: Control<OrderFormValues> }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const areas = useOrderAreas();
  return (
    <Controller
      control={control}
      name="areas"
      render={({ field }) => {
        const wishes = field.value;
        const set = (code: string, wish: AreaWish) => field.onChange({ ...wishes, [code]: wish });
        return (
          <fieldset className="field-set">
            <legend>{t('orders.field.areas')}</legend>
            <p className="hint">{t('orders.hint.areas')}</p>
            <ul className="choice-list">
              {(areas.data ?? []).map((area, i) => {
                const wish = wishes[area.code] ?? 'no';
                const label = catalogLabel(area, lang);
                return (
                  <li key={area.code}>
                    <Checkbox
                      id={i === 0 ? 'order-areas-first' : `order-area-${area.code}`}
                      checked={wish !== 'no'}
                      onClick={({ checkboxState }) => set(area.code, checkboxState ? 'preferred' : 'no')}
                    >
                      {label}
                    </Checkbox>
                    {wish !== 'no' ? (
                      <div className="nested-choice">
                        <Checkbox
                          id={`order-area-${area.code}-required`}
                          checked={wish === 'required'}
                          onClick={({ checkboxState }) =>
                            set(area.code, checkboxState ? 'required' : 'preferred')
                          }
                        >
                          {t('orders.form.areaRequired', { area: label })}
                        </Checkbox>
                      </div>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          </fieldset>
        );
      }}
    />
  );
}
