// The progress page of a long import (templates/import-progress.html): asks the import's progress every half second
// and moves the bar and the stages; when the import has finished, loads the page again, which then shows the outcome
// (the import page with its summary, or why nothing was imported). A file of its own, not an inline script, so that
// the Content-Security-Policy needs no 'unsafe-inline'. Without JavaScript the page reloads itself instead.
(function () {
  'use strict';

  var section = document.getElementById('import-progress');
  if (!section || !window.fetch) return;
  var bar = document.getElementById('import-progress-bar');
  var text = document.getElementById('import-progress-text');
  var stages = document.querySelectorAll('#import-stages li');

  function show(status) {
    bar.value = status.percent;
    bar.textContent = status.percent + '%';
    text.textContent = status.textJa;
    for (var i = 0; i < stages.length; i++) {
      stages[i].className = i < status.stage || status.finished ? 'done' : (i === status.stage ? 'current' : 'waiting');
    }
  }

  function poll() {
    fetch(section.getAttribute('data-progress-url'), {headers: {Accept: 'application/json'}, credentials: 'same-origin'})
      .then(function (response) {
        if (!response.ok) throw new Error(response.status);
        return response.json();
      })
      .then(function (status) {
        show(status);
        if (status.finished) window.location.replace(section.getAttribute('data-page-url'));
        else window.setTimeout(poll, 500);
      })
      // The page itself says what went wrong (its outcome, or that the import is not found).
      .catch(function () { window.location.replace(section.getAttribute('data-page-url')); });
  }

  window.setTimeout(poll, 300);
})();
