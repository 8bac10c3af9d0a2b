// Charts drawn with uPlot from the JSON in each .chart element's data-chart attribute (the server escapes it; no
// inline script). "daily": spend as bars and ROAS as a line by day. "scatter": each ad's spend against its ROAS,
// with the 1x and 2x lines that separate losers from winners.
(function () {
  "use strict";
  var BLUE = "#3b6fd8", GREEN = "#1f8a5b", RED = "#c0392b", GREY = "#8a94a6", AMBER = "#b7791f";

  function money(currency) {
    var format;
    try {
      format = new Intl.NumberFormat("en-US", { style: "currency", currency: currency, maximumFractionDigits: 0 });
    } catch (e) {
      format = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
    }
    return function (value) { return value == null ? "—" : format.format(value); };
  }

  function width(el) { return Math.max(280, el.clientWidth || el.parentNode.clientWidth || 600); }

  // "Nov 30" for "2026-11-30": a day of the account's calendar, not an instant (no zone shifts it).
  function shortDay(day) {
    var parts = day.split("-");
    return new Date(Date.UTC(+parts[0], parts[1] - 1, +parts[2]))
      .toLocaleDateString("en-US", { month: "short", day: "numeric", timeZone: "UTC" });
  }

  // The x scale counts days (0, 1, 2, ...) so that each bar stands on its own day, whole, and the axis names days
  // rather than hours; spend starts at zero so bar heights compare.
  function daily(el, data) {
    var labels = data.days.map(shortDay);
    var xs = labels.map(function (label, index) { return index; });
    var fmt = money(data.currency);
    var one = xs.map(function () { return 1; });
    var opts = {
      width: width(el), height: 260,
      scales: {
        x: { time: false, range: function () { return [-0.5, xs.length - 0.5]; } },
        spend: { range: function (u, min, max) { return [0, Math.max(1, max || 0) * 1.1]; } },
        roas: { range: function (u, min, max) { return [0, Math.max(2.5, max || 0)]; } }
      },
      axes: [
        { stroke: GREY, incrs: [1, 2, 3, 7, 14, 28], space: 56, grid: { show: false },
          values: function (u, vals) { return vals.map(function (v) { return labels[v] || ""; }); } },
        { scale: "spend", stroke: GREY, values: function (u, vals) { return vals.map(fmt); }, size: 70 },
        { scale: "roas", side: 1, stroke: GREY, grid: { show: false }, values: function (u, vals) { return vals.map(function (v) { return v.toFixed(1) + "×"; }); } }
      ],
      series: [
        { label: "Day", value: function (u, v) { return v == null ? "—" : labels[v]; } },
        { label: "Spend", scale: "spend", fill: "rgba(59,111,216,0.35)", stroke: BLUE, width: 1,
          paths: uPlot.paths.bars({ size: [0.7, 40] }), points: { show: false }, value: function (u, v) { return fmt(v); } },
        { label: "ROAS", scale: "roas", stroke: GREEN, width: 2, spanGaps: false,
          value: function (u, v) { return v == null ? "—" : v.toFixed(2) + "×"; } },
        { label: "1× (break-even)", scale: "roas", stroke: RED, width: 1, dash: [6, 4], points: { show: false },
          value: function () { return "1.00×"; } }
      ]
    };
    return new uPlot(opts, [xs, data.spend, data.roas, one], el);
  }

  function scatter(el, data) {
    var ads = data.ads.slice().sort(function (a, b) { return a.spend - b.spend; });
    var xs = ads.map(function (a) { return a.spend; });
    var fmt = money(data.currency);
    function only(category) { return ads.map(function (a) { return a.category === category ? a.roas : null; }); }
    var dots = function (color) {
      return { stroke: color, fill: color, width: 0, paths: function () { return null; }, points: { show: true, size: 8, fill: color } };
    };
    var opts = {
      width: width(el), height: 300,
      scales: { x: { time: false }, y: { auto: true, range: function (u, min, max) { return [0, Math.max(2.5, (max || 0) * 1.1)]; } } },
      axes: [
        { stroke: GREY, label: "Spend (" + data.currency + ")", values: function (u, vals) { return vals.map(fmt); } },
        { stroke: GREY, label: "ROAS", values: function (u, vals) { return vals.map(function (v) { return v.toFixed(1) + "×"; }); } }
      ],
      cursor: { drag: { x: false, y: false } },
      series: [
        { label: "Spend", value: function (u, v) { return fmt(v); } },
        Object.assign({ label: "Top performers" }, dots(GREEN)),
        Object.assign({ label: "Needs attention" }, dots(RED)),
        Object.assign({ label: "In between" }, dots(BLUE)),
        { label: "1×", stroke: AMBER, width: 1, dash: [6, 4], points: { show: false } },
        { label: "2×", stroke: GREEN, width: 1, dash: [6, 4], points: { show: false } }
      ]
    };
    var ones = xs.map(function () { return 1; });
    var twos = xs.map(function () { return 2; });
    return new uPlot(opts, [xs, only("top_performer"), only("needs_attention"), only("in_between"), ones, twos], el);
  }

  function draw(root) {
    root.querySelectorAll(".chart[data-chart]").forEach(function (el) {
      if (el.dataset.drawn) { return; }
      var data = JSON.parse(el.getAttribute("data-chart"));
      var plot = data.kind === "scatter" ? scatter(el, data) : daily(el, data);
      el.dataset.drawn = "1";
      window.addEventListener("resize", function () { plot.setSize({ width: width(el), height: plot.height }); });
    });
  }

  document.addEventListener("DOMContentLoaded", function () { draw(document); });
  document.addEventListener("htmx:afterSettle", function (event) { draw(event.detail.elt || document); });
})();
