// Filters that apply as soon as a choice is made: a select marked data-submit-on-change sends its form when it
// changes. data-disable-on-change names a field of the same form to leave out of that request (the budget page's
// year, which a branch without that year's budget would not have). A form marked data-confirm is sent only when
// the user confirms its question (a year's lock, a measure's removal).
// A file of its own (not an onchange attribute), so that a Content-Security-Policy without 'unsafe-inline' keeps it
// working.
(function () {
  'use strict';

  document.addEventListener('change', function (event) {
    var select = event.target.closest ? event.target.closest('[data-submit-on-change]') : null;
    if (!select || !select.form) return;
    var leaveOut = select.getAttribute('data-disable-on-change');
    if (leaveOut && select.form.elements[leaveOut]) select.form.elements[leaveOut].disabled = true;
    select.form.submit();
  });

  document.addEventListener('submit', function (event) {
    var form = event.target;
    var question = form.getAttribute && form.getAttribute('data-confirm');
    if (question && !window.confirm(question)) event.preventDefault();
  });
})();
