/*
 * KPI detail page: draws the trend and ranking charts with ECharts from the JSON the server placed in
 * <script type="application/json" id="trend-data"> and id="ranking-data". Everything shown in a tooltip is escaped:
 * ECharts inserts tooltip text as HTML.
 */
(function () {
  'use strict';

  var BRANCH = '#2a5b9c';
  var BRANCH_LATER = '#1b8a6b';
  var ASSOCIATION = '#777777';
  var HIGHLIGHT = '#d9480f';
  var TARGET = '#c92a2a';

  function readJson(id) {
    var element = document.getElementById(id);
    if (!element) return null;
    try {
      return JSON.parse(element.textContent);
    } catch (e) {
      return null;
    }
  }

  function escapeHtml(text) {
    return String(text == null ? '' : text)
      .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;').replace(/'/g, '&#39;');
  }

  function showEmpty(container, message) {
    container.classList.add('chart-empty');
    container.textContent = message;
  }

  function hasValue(series) {
    return series.some(function (s) { return s.data.some(function (v) { return v !== null; }); });
  }

  function drawTrend(container, data) {
    if (!data.series || !hasValue(data.series)) {
      showEmpty(container, 'グラフにできる数値の実績がありません。');
      return;
    }
    var versions = [];
    data.series.forEach(function (s) {
      if (versions.indexOf(s.definitionFy) < 0) versions.push(s.definitionFy);
    });
    var series = data.series.map(function (s, index) {
      var own = s.kind === 'organisation';
      var target = s.kind === 'target';
      var colour = own ? (versions.indexOf(s.definitionFy) === 0 ? BRANCH : BRANCH_LATER)
        : target ? TARGET : ASSOCIATION;
      return {
        name: s.name,
        type: 'line',
        connectNulls: false,
        showSymbol: true,
        symbolSize: target ? 6 : 8,
        color: colour,
        // The target of each year: a thin red line, as the ranking's target line.
        lineStyle: { width: own ? 3 : 2, type: own ? 'solid' : target ? 'dotted' : 'dashed' },
        // A synthetic value is drawn hollow; a real one filled.
        data: s.data.map(function (value, i) {
          return { value: value, symbol: s.synthetic[i] ? 'emptyCircle' : 'circle' };
        }),
        markLine: index === 0 && data.breaks.length > 0 ? {
          symbol: 'none',
          silent: true,
          lineStyle: { color: TARGET, type: 'dashed', width: 2 },
          label: { formatter: '{b}', position: 'end', color: TARGET },
          data: data.breaks.map(function (b) { return { name: b.label, xAxis: b.axisLabel }; })
        } : undefined
      };
    });
    var chart = echarts.init(container);
    chart.setOption({
      animation: false,
      grid: { left: 60, right: 40, top: 80, bottom: 40 },
      legend: { top: 0, type: 'scroll' },
      tooltip: {
        trigger: 'axis',
        formatter: function (items) {
          if (!items.length) return '';
          var index = items[0].dataIndex;
          var lines = ['<strong>' + escapeHtml(data.years[index]) + '</strong>'];
          data.series.forEach(function (s) {
            if (s.data[index] === null) return;
            lines.push(escapeHtml(s.name) + '：' + escapeHtml(s.texts[index])
              + (s.synthetic[index] ? '（架空）' : '')
              + (s.notes[index] ? '<br><small>' + escapeHtml(s.notes[index]) + '</small>' : ''));
          });
          data.breaks.forEach(function (b) {
            if (b.axisLabel === data.years[index]) {
              lines.push('<em>' + escapeHtml(b.label) + '：' + escapeHtml(b.note) + '</em>');
            }
          });
          return lines.join('<br>');
        }
      },
      xAxis: { type: 'category', data: data.years, boundaryGap: true },
      yAxis: { type: 'value', name: data.unit, scale: true },
      series: series
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }

  function drawRanking(container, data) {
    if (!data.branches || data.branches.length === 0) {
      showEmpty(container, '順位をつけられる実績がありません。');
      return;
    }
    // A horizontal line across the bars: the branch's target, the 全国平均.
    function line(item, colour, type, position) {
      return {
        name: item.label + (item.synthetic ? '（架空）' : ''),
        yAxis: item.value,
        lineStyle: { color: colour, type: type, width: 2 },
        label: { formatter: '{b}', position: position, color: colour }
      };
    }
    var lines = [];
    if (data.target) lines.push(line(data.target, TARGET, 'solid', 'insideEndTop'));
    if (data.national) lines.push(line(data.national, ASSOCIATION, 'dashed', 'insideEndBottom'));
    var chart = echarts.init(container);
    chart.setOption({
      animation: false,
      grid: { left: 60, right: 20, top: 30, bottom: 70 },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        formatter: function (items) {
          if (!items.length) return '';
          var b = data.branches[items[0].dataIndex];
          return '全国' + b.rank + '位 ' + escapeHtml(b.name) + '：' + escapeHtml(b.text) + (b.synthetic ? '（架空）' : '');
        }
      },
      xAxis: {
        type: 'category',
        data: data.branches.map(function (b) { return b.name; }),
        axisLabel: { interval: 0, rotate: 90, fontSize: 11 }
      },
      // Bars start at 0: a bar's length is its value, so an axis from 40 would exaggerate the differences.
      yAxis: { type: 'value', name: data.unit, min: function (extent) { return Math.min(0, extent.min); } },
      series: [{
        type: 'bar',
        name: '実績',
        data: data.branches.map(function (b) {
          return {
            value: b.value,
            itemStyle: { color: b.highlighted ? HIGHLIGHT : BRANCH, opacity: b.synthetic ? 0.45 : 1 }
          };
        }),
        markLine: lines.length ? { symbol: 'none', silent: true, data: lines } : undefined
      }]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }

  function start() {
    var trendChart = document.getElementById('trend-chart');
    var rankingChart = document.getElementById('ranking-chart');
    if (typeof echarts === 'undefined') {
      [trendChart, rankingChart].forEach(function (c) {
        if (c) showEmpty(c, 'グラフを表示できません（ECharts を読み込めませんでした）。表の値をご覧ください。');
      });
      return;
    }
    var trend = readJson('trend-data');
    var ranking = readJson('ranking-data');
    if (trendChart && trend) drawTrend(trendChart, trend);
    if (rankingChart && ranking) drawRanking(rankingChart, ranking);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
