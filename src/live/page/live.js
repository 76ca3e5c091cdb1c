// live.js: the member's page of a live round: join, rate privately, resume after sleep.
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Every API body is a nacl.secretbox under the key from the URL fragment, which never
// leaves the page; the secret from the fragment goes along so the server lets us in.
// Every text is set with textContent, never innerHTML.
'use strict';

(function () {
  const T = {
    nl: {
      code: 'Controlecode:', pick: 'Kies je rol in het team', add: 'Of voeg jezelf toe',
      name: 'Je naam en functie', addButton: 'Toevoegen', taken: '(al gekozen)',
      na: 'n.v.t.', unknown: 'Weet ik niet', guidance: 'Toelichting', saved: 'Opgeslagen: ',
      prev: 'Vorig domein', next: 'Volgend domein', rated: ' van {n} beantwoord',
      revealed: 'De antwoorden zijn getoond. Bedankt!', full: 'Het team is volledig.',
      noKey: 'Deze link is onvolledig. Scan de QR-code opnieuw.',
      failed: 'Niet gelukt, probeer opnieuw.', stopped: 'De ronde is afgelopen.',
      you: 'Je antwoordt als: ', none: 'Geen domein open.', clear: 'Wissen'
    },
    fr: {
      code: 'Code de contrôle\u202f:', pick: 'Choisissez votre rôle dans l’équipe',
      add: 'Ou ajoutez-vous', name: 'Votre nom et fonction', addButton: 'Ajouter',
      taken: '(déjà choisi)', na: 'S.\u202fO.', unknown: 'Je ne sais pas',
      guidance: 'Explication', saved: 'Enregistré\u202f: ', prev: 'Domaine précédent',
      next: 'Domaine suivant', rated: ' sur {n} répondus',
      revealed: 'Les réponses sont dévoilées. Merci\u202f!', full: 'L’équipe est complète.',
      noKey: 'Ce lien est incomplet. Scannez à nouveau le code QR.',
      failed: 'Échec, réessayez.', stopped: 'La séance est terminée.',
      you: 'Vous répondez en tant que\u202f: ', none: 'Aucun domaine ouvert.', clear: 'Effacer'
    },
    en: {
      code: 'Check code:', pick: 'Pick your role in the team', add: 'Or add yourself',
      name: 'Your name and role', addButton: 'Add', taken: '(taken)', na: 'n/a',
      unknown: 'Don’t know', guidance: 'Guidance', saved: 'Saved: ', prev: 'Previous domain',
      next: 'Next domain', rated: ' of {n} answered',
      revealed: 'The answers have been revealed. Thank you!', full: 'The team is complete.',
      noKey: 'This link is incomplete. Scan the QR code again.',
      failed: 'That did not work, try again.', stopped: 'The round has ended.',
      you: 'You answer as: ', none: 'No domain is open.', clear: 'Clear'
    }
  };

  const $ = (id) => document.getElementById(id);
  const el = (tag, props, text) => {
    const e = document.createElement(tag);
    if (props) for (const k of Object.keys(props)) e.setAttribute(k, props[k]);
    if (text !== undefined) e.textContent = text;
    return e;
  };

  function b64encode (bytes) {
    let s = '';
    for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]);
    return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }
  function b64decode (text) {
    const s = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const out = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
    return out;
  }

  const fragment = new URLSearchParams(location.hash.slice(1));
  let secret64 = fragment.get('s');
  let key = null;
  try {
    if (fragment.get('k')) key = b64decode(fragment.get('k'));
  } catch (e) { key = null; }

  let code = '';
  const store = { token: null, counter: 0, domain: 0, lang: null };
  let lang = 'nl';
  let state = null;

  function storageKey () { return 'livc-live-' + code; }
  function save () {
    try { sessionStorage.setItem(storageKey(), JSON.stringify(store)); } catch (e) { /* private mode */ }
  }
  function load () {
    try {
      const s = JSON.parse(sessionStorage.getItem(storageKey()) || 'null');
      if (s) Object.assign(store, s);
    } catch (e) { /* nothing to resume */ }
  }

  function joinCode () {
    const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
    const s = b64decode(secret64);
    const material = new Uint8Array(s.length + key.length);
    material.set(s);
    material.set(key, s.length);
    const h = nacl.hash(material);
    let c = '';
    for (let i = 0; i < 6; i++) {
      if (i === 3) c += '-';
      c += alphabet[h[i] & 31];
    }
    return c;
  }

  function t (name) { return T[lang][name]; }

  function announce (text, error) {
    const s = $('status');
    s.classList.toggle('error', !!error);
    s.textContent = text;
  }

  class ApiError extends Error {
    constructor (status, code) { super(code); this.status = status; this.code = code; }
  }

  async function call (path, request) {
    request.lang = lang;
    if (store.token) {
      store.counter += 1;
      request.token = store.token;
      request.c = store.counter;
      save();
    }
    const nonce = nacl.randomBytes(nacl.secretbox.nonceLength);
    const plain = new TextEncoder().encode(JSON.stringify(request));
    const box = nacl.secretbox(plain, nonce, key);
    const response = await fetch(path, {
      method: 'POST',
      cache: 'no-store',
      credentials: 'omit',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ s: secret64, n: b64encode(nonce), b: b64encode(box) })
    });
    const body = await response.json().catch(() => ({}));
    if (!response.ok) throw new ApiError(response.status, body.error || 'error');
    const opened = nacl.secretbox.open(b64decode(body.b), b64decode(body.n), key);
    if (!opened) throw new ApiError(0, 'undecryptable');
    return JSON.parse(new TextDecoder().decode(opened));
  }

  function clear (node) { while (node.firstChild) node.removeChild(node.firstChild); }

  function renderJoin () {
    const main = $('main');
    clear(main);
    if (state.full) main.appendChild(el('p', { dir: 'auto' }, t('full')));
    main.appendChild(el('h2', null, t('pick')));
    const team = el('div', { class: 'team', role: 'group' });
    for (const p of state.team) {
      const b = el('button', { type: 'button', 'data-participant': p.id });
      const name = el('bdi', { dir: 'auto' }, p.label);
      b.appendChild(name);
      if (p.taken) {
        b.disabled = true;
        b.appendChild(document.createTextNode(' ' + t('taken')));
      }
      b.addEventListener('click', () => join({ participant: p.id }));
      team.appendChild(b);
    }
    main.appendChild(team);
    if (state.allow_add) {
      main.appendChild(el('h2', null, t('add')));
      const form = el('form', { id: 'add-form' });
      const label = el('label', { for: 'add-name' }, t('name'));
      const input = el('input', { type: 'text', id: 'add-name', dir: 'auto', maxlength: '120',
        autocomplete: 'off' });
      const button = el('button', { type: 'submit', class: 'primary', id: 'add-button' },
        t('addButton'));
      form.appendChild(label);
      form.appendChild(input);
      form.appendChild(button);
      form.addEventListener('submit', (ev) => {
        ev.preventDefault();
        if (input.value.trim() !== '') join({ name: input.value.trim() });
      });
      main.appendChild(form);
    }
  }

  async function join (request) {
    try {
      const answer = await call('/api/join', request);
      store.token = answer.token;
      store.counter = 0;
      store.domain = 0;
      save();
      state = answer.state;
      render();
      $('main').focus();
    } catch (e) {
      announce(problem(e), true);
      refresh();
    }
  }

  function valueLabel (value, level) {
    if (value === 'na') return t('na');
    if (value === 'unknown') return t('unknown');
    return String(level.value);
  }

  function countRated (domain) {
    return domain.items.filter((i) => state.ratings[i.id] !== undefined).length;
  }

  function renderItem (domain, item, index) {
    const fs = el('fieldset', { id: 'item-' + item.id, 'data-item': item.id });
    const legend = el('legend');
    legend.appendChild(el('span', null, (index + 1) + '. '));
    legend.appendChild(el('bdi', { dir: 'auto' }, item.text));
    fs.appendChild(legend);
    if (item.guidance) {
      const d = el('details');
      d.appendChild(el('summary', null, t('guidance')));
      d.appendChild(el('p', { dir: 'auto' }, item.guidance));
      const list = el('ul');
      for (const level of item.levels) {
        if (!level.description && !level.label) continue;
        // The questionnaire's texts each in an isolate of their own, never joined to the
        // page's words: a bidirectional control in one cannot reorder the rest of the line.
        const li = el('li', null, level.value + ' — ');
        if (level.label) li.appendChild(el('bdi', { dir: 'auto' }, level.label));
        if (level.description) {
          li.appendChild(document.createTextNode(': '));
          li.appendChild(el('bdi', { dir: 'auto' }, level.description));
        }
        list.appendChild(li);
      }
      d.appendChild(list);
      fs.appendChild(d);
    }
    const group = el('div', { class: 'levels', role: 'radiogroup', 'aria-label': item.text });
    const choices = item.levels.map((l) => ({ value: String(l.value), level: l }));
    choices.push({ value: 'na' }, { value: 'unknown' });
    const current = state.ratings[item.id];
    for (const c of choices) {
      const label = el('label');
      const input = el('input', { type: 'radio', name: 'r-' + item.id, value: c.value });
      if (current === c.value) input.checked = true;
      if (state.phase !== 'open') input.disabled = true;
      input.addEventListener('change', () => rate(item, c.value));
      label.appendChild(input);
      const span = el('span', null, valueLabel(c.value, c.level));
      if (c.level && c.level.label) label.title = c.level.label;
      label.appendChild(span);
      group.appendChild(label);
    }
    fs.appendChild(group);
    return fs;
  }

  function renderRate () {
    const main = $('main');
    clear(main);
    const you = el('p');
    you.appendChild(document.createTextNode(t('you')));
    you.appendChild(el('bdi', { dir: 'auto', id: 'member-label' }, state.member.label));
    main.appendChild(you);
    if (state.phase === 'revealed') {
      main.appendChild(el('p', { class: 'done', id: 'revealed' }, t('revealed')));
      return;
    }
    if (state.domains.length === 0) {
      main.appendChild(el('p', null, t('none')));
      return;
    }
    if (store.domain >= state.domains.length) store.domain = 0;
    const domain = state.domains[store.domain];
    main.appendChild(el('h2', { dir: 'auto', id: 'domain-title' }, domain.title));
    const progress = el('p', { id: 'progress' });
    progress.textContent = countRated(domain) + t('rated').replace('{n}', domain.items.length);
    main.appendChild(progress);
    domain.items.forEach((item, i) => main.appendChild(renderItem(domain, item, i)));
    const nav = el('div', { class: 'nav' });
    const prev = el('button', { type: 'button', id: 'prev' }, t('prev'));
    const next = el('button', { type: 'button', id: 'next', class: 'primary' }, t('next'));
    prev.disabled = store.domain === 0;
    next.disabled = store.domain >= state.domains.length - 1;
    prev.addEventListener('click', () => { store.domain -= 1; save(); render(); $('main').focus(); });
    next.addEventListener('click', () => { store.domain += 1; save(); render(); $('main').focus(); });
    nav.appendChild(prev);
    nav.appendChild(next);
    main.appendChild(nav);
  }

  function render () {
    document.documentElement.lang = lang;
    $('code-label').textContent = t('code');
    $('code').textContent = code;
    if (state && state.title) $('title').textContent = state.title;
    for (const b of document.querySelectorAll('#langs button')) {
      b.setAttribute('aria-pressed', b.dataset.lang === lang ? 'true' : 'false');
    }
    if (!state) return;
    if (state.member) renderRate(); else renderJoin();
  }

  async function rate (item, value) {
    try {
      const answer = await call('/api/rate', { item: item.id, value: value });
      state.ratings[answer.item] = answer.value;
      const progress = $('progress');
      const domain = state.domains[store.domain];
      if (progress && domain) {
        progress.textContent = countRated(domain) + t('rated').replace('{n}', domain.items.length);
      }
      announce(t('saved') + (item.text.length > 60 ? item.text.slice(0, 60) + '…' : item.text) +
        ' — ' + valueLabel(value, { value: value }));
      document.body.dataset.saved = String(Number(document.body.dataset.saved || 0) + 1);
    } catch (e) {
      announce(problem(e), true);
      refresh();
    }
  }

  async function refresh () {
    try {
      const answer = await call('/api/state', {});
      state = answer;
      if (state.member && state.member.counter > store.counter) {
        store.counter = state.member.counter;
        save();
      }
      render();
    } catch (e) {
      if (e instanceof ApiError && e.status === 403 && store.token) {
        // The round was restarted or this member is unknown: join again.
        store.token = null;
        store.counter = 0;
        save();
        return refresh();
      }
      announce(problem(e), true);
    }
  }

  // A fetch that fails outright (the laptop stopped listening) is no ApiError.
  function problem (e) {
    if (!(e instanceof ApiError)) return t('stopped');
    return t('failed') + ' (' + e.code + ')';
  }

  function start () {
    const preferred = (navigator.language || 'nl').slice(0, 2).toLowerCase();
    lang = T[preferred] ? preferred : 'nl';
    if (!secret64 || !key || key.length !== nacl.secretbox.keyLength) {
      render();
      $('main').appendChild(el('p', { class: 'error' }, t('noKey')));
      return;
    }
    code = joinCode();
    load();
    if (store.lang && T[store.lang]) lang = store.lang;
    for (const b of document.querySelectorAll('#langs button')) {
      b.addEventListener('click', () => {
        lang = b.dataset.lang;
        store.lang = lang;
        save();
        refresh();
      });
    }
    render();
    refresh();
    // After the phone sleeps, and now and then to learn of the reveal.
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') refresh();
    });
    setInterval(() => {
      if (document.visibilityState === 'visible' && state && state.member &&
          state.phase === 'open') refresh();
    }, 15000);
  }

  start();
})();
