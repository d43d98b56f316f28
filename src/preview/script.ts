/**
 * The report's only script, inline (the report loads nothing): cuts snippet
 * text at its pixel width with canvas `measureText` in the text's own font,
 * opens the JSON-LD node a link jumps to, and sorts and filters the index.
 */
export const REPORT_SCRIPT = String.raw`
(() => {
  const canvas = document.createElement('canvas').getContext('2d');
  const graphemes = (text, lang) => Array.from(new Intl.Segmenter(lang || undefined, { granularity: 'grapheme' }).segment(text), (s) => s.segment);
  function fit(el) {
    const max = Number(el.dataset.fit);
    const style = getComputedStyle(el);
    canvas.font = style.fontWeight + ' ' + style.fontSize + ' ' + style.fontFamily;
    const prefix = el.dataset.prefix || '';
    const full = el.dataset.full || '';
    const width = (text) => canvas.measureText(prefix + text).width;
    const fullWidth = width(full);
    el.dataset.width = String(Math.round(fullWidth));
    el.dataset.max = String(max);
    if (fullWidth <= max) { el.dataset.cut = 'false'; return; }
    const parts = graphemes(full, el.lang);
    let lo = 0, hi = parts.length;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (width(parts.slice(0, mid).join('').trimEnd() + ' …') <= max) lo = mid; else hi = mid - 1;
    }
    let kept = parts.slice(0, lo).join('');
    // Google cuts between words where the script has spaces; Chinese and Japanese are cut anywhere, with no space before the ellipsis.
    const unspaced = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u.test(kept);
    const space = kept.lastIndexOf(' ');
    if (!unspaced && space > kept.length * 0.6) kept = kept.slice(0, space);
    const shown = kept.trimEnd() + (unspaced ? '…' : ' …');
    el.dataset.cut = 'true';
    el.dataset.shownWidth = String(Math.round(width(shown)));
    el.textContent = '';
    if (prefix) { const date = document.createElement('span'); date.className = 'serp-date'; date.textContent = prefix; el.append(date); }
    el.append(shown);
    el.title = full;
  }
  for (const el of document.querySelectorAll('[data-fit]')) fit(el);
  for (const p of document.querySelectorAll('[data-measure-for]')) {
    const parts = [];
    for (const el of p.parentElement.querySelectorAll('[data-fit]')) {
      const kind = el.classList.contains('serp-title') ? 'title' : 'description';
      parts.push(kind + ': ' + el.dataset.width + ' px of ' + el.dataset.max + (el.dataset.cut === 'true' ? ' px, cut' : ' px, fits'));
    }
    p.textContent = parts.join(' · ');
  }
  function openTarget() {
    const id = decodeURIComponent(location.hash.slice(1));
    let el = id && document.getElementById(id);
    if (!el) return;
    for (let at = el; at; at = at.parentElement) if (at.tagName === 'DETAILS') at.open = true;
    el.classList.add('target');
  }
  addEventListener('hashchange', openTarget);
  openTarget();
  const table = document.querySelector('table.articles');
  if (table) {
    const body = table.tBodies[0];
    for (const [index, th] of Array.from(table.tHead.rows[0].cells).entries()) {
      const button = th.querySelector('button');
      if (!button) continue;
      button.addEventListener('click', () => {
        const descending = th.getAttribute('aria-sort') === 'ascending';
        for (const other of table.tHead.rows[0].cells) other.removeAttribute('aria-sort');
        th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
        const key = (row) => row.cells[index].dataset.sort ?? row.cells[index].textContent;
        const numeric = th.dataset.type === 'number';
        const rows = Array.from(body.rows).sort((a, b) => {
          const x = key(a), y = key(b);
          const order = numeric ? Number(x) - Number(y) : x.localeCompare(y);
          return descending ? -order : order;
        });
        body.append(...rows);
      });
    }
    const filter = document.getElementById('rule-filter');
    const count = document.getElementById('shown-count');
    const apply = () => {
      let shown = 0;
      for (const row of body.rows) {
        const rules = (row.dataset.rules || '').split(' ');
        const visible = !filter.value || rules.includes(filter.value);
        row.hidden = !visible;
        if (visible) shown++;
      }
      count.textContent = String(shown);
    };
    filter.addEventListener('change', apply);
    apply();
  }
})();
`
