import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { type UnitNode, unitName } from '../units.rules';

/**
 * The organisation tree as nested lists of links: screen readers announce the nesting ("list, 3 items,
 * level 2") and every unit is one Tab stop, so the tree needs no custom keyboard handling.
 */
export function UnitTree({ nodes, labelledBy }: { nodes: readonly UnitNode[]; labelledBy?: string }) {
  return (
    <ul className="unit-tree" aria-labelledby={labelledBy}>
      {nodes.map((node) => (
        <UnitTreeItem key={node.unit.id} node={node} />
      ))}
    </ul>
  );
}

function UnitTreeItem({ node }: { node: UnitNode }) {
  const { t, i18n } = useTranslation();
  const { unit } = node;
  return (
    <li className={node.matches ? undefined : 'unit-tree-context'}>
      <div className="unit-tree-row">
        <Link to="/units/$unitId" params={{ unitId: unit.id }} className="unit-tree-link">
          {unitName(unit, i18n.language)}
        </Link>
        <span className="unit-tree-meta">
          {t(`units.kind.${unit.kind}`)} · {unit.costCentre}
          {unit.active ? null : <strong className="unit-inactive"> · {t('units.inactive')}</strong>}
        </span>
      </div>
      {node.children.length > 0 ? (
        <ul>
          {node.children.map((child) => (
            <UnitTreeItem key={child.unit.id} node={child} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}
