import { NavLink } from 'react-router';
import { it } from '../../i18n/it';
import { meetingsText } from '../../i18n/meetings';

/**
 * Panoramica, Membri, Attività and, for members, Bozze, Incontri and Decisioni e azioni: links
 * styled as tabs, one URL each (/spazi/:id, /membri, /attivita, /bozze, /incontri, /decisioni), so
 * a reload or a shared link opens the same section. The current one has aria-current="page".
 * Models come in a later release and are not shown until they work.
 */
export function SpaceTabs({ spaceId, isMember = false }: { spaceId: string; isMember?: boolean }) {
  const t = it.spaces;
  const base = `/spazi/${encodeURIComponent(spaceId)}`;
  const tabs = [
    { to: base, label: t.tabOverview, end: true },
    { to: `${base}/membri`, label: t.tabMembers, end: false },
    { to: `${base}/attivita`, label: t.tabActivity, end: false },
    ...(isMember
      ? [
          { to: `${base}/bozze`, label: t.tabDrafts, end: false },
          { to: `${base}/incontri`, label: meetingsText.tabs.meetings, end: false },
          { to: `${base}/decisioni`, label: meetingsText.tabs.decisions, end: false },
        ]
      : []),
  ];
  return (
    <nav aria-label={t.tabsLabel} className="my-4">
      <ul className="nav nav-tabs">
        {tabs.map((tab) => (
          <li key={tab.to} className="nav-item">
            {/* Moving between sections keeps focus on the tab (see AppLayout) and the scroll position. */}
            <NavLink to={tab.to} end={tab.end} className="nav-link" state={{ keepFocus: true }} preventScrollReset>
              {tab.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
