// Downloads built on request (a report's PDF or Excel, a book, a template) can take seconds, the first after a
// start most. A link marked data-download says 「作成中…」 from the click until the file has arrived, then hands the
// file to the browser to save. On any failure the link is simply followed, so the server's page says what went wrong.
// A file of its own (not inline script), so that a Content-Security-Policy without 'unsafe-inline' keeps it working.
(function () {
  'use strict';

  var BUSY_TEXT = '作成中…';

  function fileName(response, href) {
    var disposition = response.headers.get('Content-Disposition') || '';
    var encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
    if (encoded) return decodeURIComponent(encoded[1]);
    var plain = /filename="?([^";]+)"?/i.exec(disposition);
    return plain ? plain[1] : href.split('?')[0].split('/').pop();
  }

  function save(blob, name) {
    var url = URL.createObjectURL(blob);
    var a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
  }

  document.addEventListener('click', function (event) {
    var link = event.target.closest ? event.target.closest('a[data-download]') : null;
    if (!link || event.defaultPrevented || event.button !== 0
        || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    if (!window.fetch || !window.URL || !URL.createObjectURL) return;
    event.preventDefault();
    if (link.getAttribute('aria-busy') === 'true') return;
    var label = link.textContent;
    link.setAttribute('aria-busy', 'true');
    link.classList.add('downloading');
    link.textContent = BUSY_TEXT;
    fetch(link.href, { credentials: 'same-origin' }).then(function (response) {
      if (!response.ok) throw new Error('HTTP ' + response.status);
      return response.blob().then(function (blob) { save(blob, fileName(response, link.href)); });
    }).catch(function () {
      window.location.href = link.href;
    }).then(function () {
      link.textContent = label;
      link.removeAttribute('aria-busy');
      link.classList.remove('downloading');
    });
  });
})();
