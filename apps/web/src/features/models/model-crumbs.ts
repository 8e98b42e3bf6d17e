import type { Crumb } from '../../components/page-breadcrumb';
import { it } from '../../i18n/it';
import { modelsText } from '../../i18n/models';
import type { ModelDetail } from './model-types';

/** Home / Spazi / the space / Modelli / the model (and, below it, a review). */
export function modelCrumbs(model: ModelDetail | null | undefined, last?: string): Crumb[] {
  const items: Crumb[] = [
    { label: it.nav.home, to: '/' },
    { label: it.spaces.title, to: '/spazi' },
  ];
  if (model) {
    const spacePath = `/spazi/${encodeURIComponent(model.space.id)}`;
    items.push({ label: model.space.name, to: spacePath });
    items.push({ label: modelsText.tabs.models, to: `${spacePath}/modelli` });
    items.push({ label: model.title, to: `/modelli/${encodeURIComponent(model.id)}` });
  }
  if (last) items.push({ label: last });
  else if (!model) items.push({ label: modelsText.titles.model });
  return items;
}
