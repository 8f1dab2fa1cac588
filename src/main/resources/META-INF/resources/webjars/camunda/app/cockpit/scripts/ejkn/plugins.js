/*
 * e-JKN Cekat — Cockpit plugins (registered in ../config.js, customScripts):
 *  - navigation "Jejak Audit" → #/audit (search), #/audit/<number> (the trail of any application, finished ones
 *    included: Cockpit CE has no history view of its own);
 *  - tab "Jejak Audit" on a process instance;
 *  - navigation "Dasbor KPI" → #/kpi.
 * The pages read our REST API with the Cockpit session (GET only).
 */
import { renderSearch, renderTrail } from './audit-view.js';
import { renderKpi } from './kpi-view.js';

function routeId() {
  const match = window.location.hash.match(/#\/audit\/([^?]+)/);
  return match ? decodeURIComponent(match[1]) : null;
}

export default [
  {
    id: 'ejkn.audit.navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 5,
    properties: {
      label: 'Jejak Audit',
      pagePath: '#/audit',
      checkActive: url => url.indexOf('#/audit') > -1
    }
  },
  {
    id: 'ejkn.audit.search',
    pluginPoint: 'cockpit.route',
    properties: { path: '/audit', label: 'Jejak Audit' },
    render: node => renderSearch(node)
  },
  {
    id: 'ejkn.audit.trail',
    pluginPoint: 'cockpit.route',
    properties: { path: '/audit/:id', label: 'Jejak Audit' },
    render: node => renderTrail(node, routeId())
  },
  {
    id: 'ejkn.audit.instance-tab',
    pluginPoint: 'cockpit.processInstance.runtime.tab',
    priority: 1,
    properties: { label: 'Jejak Audit' },
    render: (node, { processInstanceId }) => renderTrail(node, processInstanceId, { embedded: true })
  },
  {
    id: 'ejkn.kpi.navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 4,
    properties: {
      label: 'Dasbor KPI',
      pagePath: '#/kpi',
      checkActive: url => url.indexOf('#/kpi') > -1
    }
  },
  {
    id: 'ejkn.kpi.dashboard',
    pluginPoint: 'cockpit.route',
    properties: { path: '/kpi', label: 'Dasbor KPI' },
    render: node => renderKpi(node)
  }
];
