/**
 * The typenames every monitoring query names and every monitoring mutation invalidates: a new
 * evidence or indicator answers only itself, and a list without one holds none of its type.
 */
export const MONITORING_TYPENAMES = ['Objective', 'ObjectiveAction', 'ActionEvidence', 'Indicator', 'SemesterReport', 'SemesterReportPublication'];

export const MONITORING_CONTEXT = { additionalTypenames: MONITORING_TYPENAMES };
