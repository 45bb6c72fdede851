// 目標設定: the grid form sends only the cells changed since the page was read, with their versions. The server
// saves only those anyway (it compares each cell with the text the page showed, v_09_KPI = "version:text"), and the
// whole grid is some 2,000 fields; without JavaScript the whole form goes, with the same result.
document.addEventListener('DOMContentLoaded', function () {
  var form = document.getElementById('target-grid-form');
  if (!form) return;
  form.addEventListener('submit', function () {
    form.querySelectorAll('input[type=text][name^="t_"]').forEach(function (input) {
      var version = form.querySelector('input[type=hidden][name="v' + input.name.substring(1) + '"]');
      var seen = version ? version.value.substring(version.value.indexOf(':') + 1) : '';
      if (input.value.trim() !== seen.trim()) return;
      input.disabled = true;
      if (version) version.disabled = true;
    });
  });
  // Back to the page from the browser's history: the fields disabled for the last submit take part again.
  window.addEventListener('pageshow', function () {
    form.querySelectorAll('input:disabled').forEach(function (input) { input.disabled = false; });
  });
});
