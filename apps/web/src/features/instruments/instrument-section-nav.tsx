import { NavLink } from 'react-router';
import { it } from '../../i18n/it';
import './instruments.css';

/** Catalogo, Mappa delle relazioni, Scelta guidata, Esperienze: the ways into the map, as tabs with their own URL. */
export function InstrumentSectionNav() {
  const t = it.instruments;
  const tabs = [
    { to: '/strumenti', label: t.tabCatalogue, end: true },
    { to: '/strumenti/mappa', label: t.tabGraph, end: false },
    { to: '/strumenti/scelta-guidata', label: t.tabChoice, end: false },
    { to: '/strumenti/esperienze', label: t.tabExperiences, end: false },
  ];
  return (
    <nav aria-label={t.sectionsLabel} className="my-4">
      <ul className="nav nav-tabs">
        {tabs.map((tab) => (
          <li key={tab.to} className="nav-item">
            <NavLink to={tab.to} end={tab.end} className="nav-link">
              {tab.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
