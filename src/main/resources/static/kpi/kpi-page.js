// The same script as Cockpit's #/kpi page; the data come with the Tasklist/Cockpit session (or a login prompt).
window.EJKN_API_BASE = '/api';
import('/camunda/app/cockpit/scripts/ejkn/kpi-view.js').then(m => m.renderKpi(document.getElementById('ejkn-kpi')));
