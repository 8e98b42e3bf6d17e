import { Initial1795389662979 } from './1795389662979-initial';
import { Spaces1795391412138 } from './1795391412138-spaces';
import { Documents1795393915597 } from './1795393915597-documents';
import { DocumentVersions1795395465167 } from './1795395465167-documentversions';
import { Comments1795398814944 } from './1795398814944-comments';
import { Instruments1795399248987 } from './1795399248987-instruments';
import { Meetings1795399462031 } from './1795399462031-meetings';
import { Models1795401251906 } from './1795401251906-models';
import { Monitoring1795402776118 } from './1795402776118-monitoring';
import { Reports1795403084011 } from './1795403084011-reports';

/** Every migration, oldest first. Add new ones at the end (`cli.cjs migration:pending --write Name`). */
export const MIGRATIONS = [
  Initial1795389662979, Spaces1795391412138, Documents1795393915597, DocumentVersions1795395465167, Comments1795398814944,
  Instruments1795399248987, Meetings1795399462031, Models1795401251906, Monitoring1795402776118, Reports1795403084011,
];
