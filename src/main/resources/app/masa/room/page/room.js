// The phone page of a Masa room. Everything a person wrote is put in the page as text
// (textContent), never as markup. The token lives in this tab only (sessionStorage).
(function () {
  'use strict';
  var words = JSON.parse(document.getElementById('words').textContent);
  var KEY = 'masa-room-token';
  var token = sessionStorage.getItem(KEY);
  var view = null;
  var viewAt = 0;
  var events = null;
  var tab = 'add';
  var timerTick = null;

  function $(id) { return document.getElementById(id); }
  function say(key) {
    var args = Array.prototype.slice.call(arguments, 1);
    var text = words[key] || key;
    return text.replace(/\{(\d+)[^}]*\}/g, function (m, i) { return args[Number(i)]; });
  }
  function show(id, on) { $(id).hidden = !on; }
  function notice(text, good) {
    var n = $('notice');
    n.textContent = text || '';
    n.className = good ? 'notice good' : 'notice';
    n.hidden = !text;
  }

  function words0() {
    $('join-heading').textContent = say('joinHeading');
    $('join-code-label').textContent = say('code');
    $('join-name-label').textContent = say('name');
    $('join-button').textContent = say('join');
    $('you-label').textContent = say('name');
    $('you-name').placeholder = say('anonymous');
    $('you-save').textContent = say('saveName');
    $('tab-add').textContent = say('addTab');
    $('tab-vote').textContent = say('voteTab');
    $('card-stage-label').textContent = say('stage');
    $('card-lane-label').textContent = say('lane');
    $('card-text-label').textContent = say('text');
    $('card-text').placeholder = say('textHint');
    $('card-send').textContent = say('send');
    $('mine-heading').textContent = say('yourCards');
    $('ended-text').textContent = say('ended');
    $('timer-label').textContent = say('timer');
    $('map-title').textContent = say('title');
  }

  function request(method, path, body) {
    var headers = { 'Accept': 'application/json' };
    if (body !== undefined) { headers['Content-Type'] = 'application/json'; }
    if (token) { headers['Authorization'] = 'Bearer ' + token; }
    return fetch(path, {
      method: method, headers: headers, credentials: 'omit', cache: 'no-store',
      body: body === undefined ? undefined : JSON.stringify(body)
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (data) {
        if (!response.ok) {
          var error = new Error(data.error || say('failed'));
          error.status = response.status;
          throw error;
        }
        return data;
      });
    });
  }

  function join(event) {
    event.preventDefault();
    $('join-button').disabled = true;
    enter($('join-code').value.trim(), $('join-name').value)
      .catch(function (error) { notice(error.message); })
      .then(function () { $('join-button').disabled = false; });
  }

  function enter(code, name) {
    return request('POST', '/api/join', { code: code, name: name }).then(function (data) {
      token = data.token;
      sessionStorage.setItem(KEY, token);
      history.replaceState(null, '', '/');
      notice('');
      listen();
    });
  }

  // Scanned: the link carries the code, so the phone joins at once, anonymous until a name is given.
  function enterFromLink(code) {
    enter(code, '').catch(function (error) {
      $('join-code').value = code;
      show('join', true);
      notice(error.message);
    });
  }

  function saveName(event) {
    event.preventDefault();
    var typed = $('you-name').value.trim();
    $('you-save').disabled = true;
    request('POST', '/api/name', { name: typed })
      .then(function () {
        $('you-name').dataset.saved = typed;
        notice(say('nameSaved'), true);
      })
      .catch(function (error) { notice(error.message); })
      .then(function () { $('you-save').disabled = false; });
  }

  function renderYou(v) {
    var field = $('you-name');
    show('you', true);
    // What the person is typing wins over the name the room knows.
    if (document.activeElement !== field && field.value.trim() === (field.dataset.saved || '')) {
      field.value = v.you || '';
      field.dataset.saved = v.you || '';
    }
  }

  function listen() {
    if (events) { events.close(); }
    events = new EventSource('/api/events?token=' + encodeURIComponent(token));
    events.onmessage = function (message) {
      notice('');
      render(JSON.parse(message.data));
    };
    events.addEventListener('gone', function () {
      events.close();
      sessionStorage.removeItem(KEY);
      render({ state: 'ended' });
    });
    events.onerror = function () {
      if (view && view.state !== 'ended') { notice(say('offline')); }
    };
  }

  function render(next) {
    view = next;
    viewAt = Date.now();
    if (next.state === 'ended') {
      ['join', 'you', 'tabs', 'add', 'vote', 'timer'].forEach(function (id) { show(id, false); });
      show('ended', true);
      notice('');
      return;
    }
    if (next.title) { $('map-title').textContent = next.title; }
    show('join', false);
    renderYou(next);
    var hasVote = !!next.vote;
    // Tabs only once there is something to choose between: cards, or the vote.
    show('tabs', hasVote);
    if (!hasVote && tab === 'vote') { tab = 'add'; }
    renderTabs();
    renderAdd(next);
    renderVote(next);
    renderTimer(next);
    if (next.state === 'paused') { notice(say('paused')); }
  }

  function renderTabs() {
    $('tab-add').setAttribute('aria-selected', String(tab === 'add'));
    $('tab-vote').setAttribute('aria-selected', String(tab === 'vote'));
    show('add', tab === 'add');
    show('vote', tab === 'vote');
  }

  function fill(select, places) {
    var chosen = select.value;
    while (select.firstChild) { select.removeChild(select.firstChild); }
    places.forEach(function (place) {
      var option = document.createElement('option');
      option.value = place.id;
      option.textContent = place.name;
      select.appendChild(option);
    });
    if (places.some(function (p) { return p.id === chosen; })) { select.value = chosen; }
  }

  function placeName(list, id) {
    var found = (list || []).filter(function (p) { return p.id === id; })[0];
    return found ? found.name : '';
  }

  function renderAdd(v) {
    var stages = v.stages.filter(function (s) { return s.open; });
    var lanes = v.lanes.filter(function (l) { return l.open; });
    fill($('card-stage'), stages);
    fill($('card-lane'), lanes);
    var closed = stages.length === 0 || lanes.length === 0 || v.state === 'paused';
    $('card-send').disabled = closed;
    $('card-text').disabled = closed;
    if (stages.length === 0 || lanes.length === 0) { notice(say('closedEverywhere')); }
    var list = $('mine');
    while (list.firstChild) { list.removeChild(list.firstChild); }
    if (v.cards.length === 0) {
      var none = document.createElement('li');
      none.className = 'hint';
      none.textContent = say('none');
      list.appendChild(none);
    }
    v.cards.slice().reverse().forEach(function (card) {
      var item = document.createElement('li');
      item.className = 'card';
      var text = document.createElement('span');
      text.className = 'card-text';
      text.textContent = card.text;
      var where = document.createElement('span');
      where.className = 'card-where';
      where.textContent = placeName(v.stages, card.stage) + ' · ' + placeName(v.lanes, card.lane);
      text.appendChild(where);
      var state = document.createElement('span');
      state.className = 'state ' + card.state;
      state.textContent = say(card.state);
      item.appendChild(text);
      item.appendChild(state);
      if (card.state === 'queued') {
        var back = document.createElement('button');
        back.type = 'button';
        back.textContent = say('withdraw');
        back.addEventListener('click', function () {
          request('POST', '/api/withdraw', { id: card.id }).catch(function (e) { notice(e.message); });
        });
        item.appendChild(back);
      }
      list.appendChild(item);
    });
    updateCount();
  }

  function updateCount() {
    var length = Array.from($('card-text').value).length;
    $('card-count').textContent = say('chars', length, $('card-text').maxLength);
  }

  function sendCard(event) {
    event.preventDefault();
    var text = $('card-text').value.trim();
    if (!text) { return; }
    $('card-send').disabled = true;
    request('POST', '/api/cards', { stage: $('card-stage').value, lane: $('card-lane').value, text: text })
      .then(function () {
        $('card-text').value = '';
        updateCount();
        notice(say('sent'), true);
      })
      .catch(function (error) { notice(error.message); })
      .then(function () { $('card-send').disabled = false; });
  }

  function renderVote(v) {
    var box = $('vote-cards');
    while (box.firstChild) { box.removeChild(box.firstChild); }
    if (!v.vote) { return; }
    $('vote-status').textContent = v.vote.open ? say('dotsLeft', v.vote.left) : say('voteClosed');
    var stage = null;
    v.vote.cards.forEach(function (card) {
      if (card.stage !== stage) {
        stage = card.stage;
        var heading = document.createElement('div');
        heading.className = 'vote-stage';
        heading.textContent = stage;
        box.appendChild(heading);
      }
      var row = document.createElement('div');
      row.className = 'vote-card';
      var text = document.createElement('span');
      text.className = 'card-text';
      text.textContent = card.title;
      var less = button('−', say('removeDot'), !v.vote.open || card.mine === 0, function () { dot(card.id, -1); });
      var dots = document.createElement('span');
      dots.className = 'dots';
      dots.textContent = card.mine > 0 ? String(card.mine) : '';
      var more = button('+', say('addDot'), !v.vote.open || v.vote.left === 0, function () { dot(card.id, 1); });
      more.className = 'add';
      row.appendChild(text);
      row.appendChild(less);
      row.appendChild(dots);
      row.appendChild(more);
      box.appendChild(row);
    });
  }

  function button(label, title, disabled, action) {
    var b = document.createElement('button');
    b.type = 'button';
    b.textContent = label;
    b.title = title;
    b.setAttribute('aria-label', title);
    b.disabled = disabled;
    b.addEventListener('click', action);
    return b;
  }

  function dot(card, change) {
    request('POST', '/api/dots', { card: card, change: change }).catch(function (e) { notice(e.message); });
  }

  function renderTimer(v) {
    show('timer', !!v.timer);
    if (timerTick) { clearInterval(timerTick); timerTick = null; }
    if (!v.timer) { return; }
    var tick = function () {
      var left = v.timer.remainingMs - (v.timer.running ? Date.now() - viewAt : 0);
      left = Math.max(0, left);
      var seconds = Math.ceil(left / 1000);
      var text = Math.floor(seconds / 60) + ':' + String(seconds % 60).padStart(2, '0');
      $('timer-time').textContent = text;
      $('timer').className = seconds <= 60 ? 'timer low' : 'timer';
    };
    tick();
    if (v.timer.running) { timerTick = setInterval(tick, 250); }
  }

  function start() {
    words0();
    $('join-form').addEventListener('submit', join);
    $('card-form').addEventListener('submit', sendCard);
    $('you').addEventListener('submit', saveName);
    $('card-text').addEventListener('input', updateCount);
    $('tab-add').addEventListener('click', function () { tab = 'add'; renderTabs(); });
    $('tab-vote').addEventListener('click', function () { tab = 'vote'; renderTabs(); });
    var fromLink = decodeURIComponent(location.hash.replace(/^#/, ''));
    if (token) {
      listen();
    } else if (fromLink) {
      enterFromLink(fromLink);
    } else {
      show('join', true);
    }
  }

  start();
}());
