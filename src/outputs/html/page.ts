import { createHash } from 'node:crypto';
import { esc } from './escape.js';

/** The page's only script: hides and shows finding rows by the search text and the filter selects. */
export const FILTER_SCRIPT = `(function () {
  var search = document.getElementById('search');
  var count = document.getElementById('shown-count');
  if (!search || !count) return;
  var selects = Array.prototype.slice.call(document.querySelectorAll('select[data-filter]'));
  var rows = Array.prototype.slice.call(document.querySelectorAll('#findings-table tbody tr.finding'));
  function matches(row, select) {
    if (!select.value) return true;
    var key = select.getAttribute('data-filter');
    var value = row.getAttribute('data-' + key) || '';
    if (key === 'frameworks') return value.split(' ').indexOf(select.value) >= 0;
    return value === select.value.toLowerCase();
  }
  function apply() {
    var q = search.value.trim().toLowerCase();
    var shown = 0;
    rows.forEach(function (row) {
      var ok = selects.every(function (s) { return matches(row, s); });
      if (ok && q) ok = row.textContent.toLowerCase().indexOf(q) >= 0;
      row.hidden = !ok;
      if (ok) shown++;
    });
    count.textContent = shown + ' of ' + rows.length + ' findings shown';
  }
  search.addEventListener('input', apply);
  selects.forEach(function (s) { s.addEventListener('change', apply); });
})();`;

const STYLE = `
:root{--fg:#1d1d1f;--muted:#666;--line:#ddd;--bg:#fff;--panel:#f6f7f9}
*{box-sizing:border-box}body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:var(--fg);background:var(--bg);margin:0 auto;max-width:1280px;padding:24px}
h1{font-size:24px;margin:0 0 4px}h2{font-size:19px;border-bottom:1px solid var(--line);padding-bottom:4px;margin-top:32px}h3{font-size:16px}h4{margin:10px 0 4px}h5{margin:6px 0 2px}
.meta,.sub{color:var(--muted);font-size:12px}.sub{display:block}code,pre{font:12px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}pre{background:var(--panel);padding:8px;overflow:auto;white-space:pre-wrap}
.cards{display:flex;flex-wrap:wrap;gap:12px;margin:16px 0}.card{background:var(--panel);border-radius:6px;padding:10px 16px;min-width:110px}.card b{display:block;font-size:22px}
.charts{display:flex;flex-wrap:wrap;gap:18px}.chart{margin:0;background:var(--panel);border-radius:6px;padding:10px}.chart figcaption{font-weight:600;margin-bottom:6px}
.chart-label{font-size:11px;fill:var(--fg)}.chart-label-left{font-size:12px;fill:var(--fg)}.chart-note{font-size:11px;fill:var(--muted)}.chart-track{fill:#e6e6e6}.chart-track-stroke{stroke:#e6e6e6}.chart-centre{font-size:18px;font-weight:700;fill:var(--fg)}
.filters{display:flex;flex-wrap:wrap;gap:12px;margin:8px 0}.filters input{min-width:260px}.filters input,.filters select{font:inherit;padding:3px 6px}
table{border-collapse:collapse;width:100%}th,td{text-align:left;vertical-align:top;padding:6px 8px;border-bottom:1px solid var(--line)}thead th{background:var(--panel);position:sticky;top:0}
td.num{text-align:right;font-variant-numeric:tabular-nums}.section-row th{background:#eef1f5}
.sev,.st{display:inline-block;border-radius:3px;padding:0 6px;font-size:12px;font-weight:600;color:#fff;background:#888}
.sev-critical{background:#6a1b9a}.sev-high{background:#c62828}.sev-medium{background:#ef6c00}.sev-low{background:#1565c0}.sev-info{background:#757575}
.st-fail{background:#c62828}.st-pass{background:#2e7d32}.st-unknown{background:#0277bd}.st-muted{background:#9e9e9e}.st-not-evaluated{background:#9e9e9e}.st-manual{background:#6d4c41}
details summary{cursor:pointer;color:#0b57d0;font-size:12px}.detail{background:var(--panel);padding:8px;margin-top:4px}table.evidence td,table.evidence th{font-size:12px;padding:3px 6px}
.muted-note{color:#8d6e00}
`;

/** The page shell. The Content-Security-Policy allows no network fetch at all and only this exact script (by hash). */
export function page(title: string, body: string): string {
  const scriptHash = createHash('sha256').update(FILTER_SCRIPT).digest('base64');
  const csp = `default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-${scriptHash}'; base-uri 'none'; form-action 'none'`;
  return (
    `<!doctype html>\n<html lang="en"><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="${esc(csp)}">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="referrer" content="no-referrer">` +
    `<title>${esc(title)}</title><style>${STYLE}</style></head>\n<body>\n${body}\n<script>${FILTER_SCRIPT}</script>\n</body></html>\n`
  );
}
