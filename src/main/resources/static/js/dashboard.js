// Thi đua: the board dashboard's charts (Chart.js from the WebJar). The numbers come from the
// canvases' data-chart attributes (JSON written by the server); the tables beside the charts hold the
// same numbers, so without JavaScript the page still says everything and the empty chart boxes stay hidden.
(function () {
    'use strict';

    if (typeof window.Chart === 'undefined') {
        return;
    }
    var Chart = window.Chart;

    // Colours of the classifications: also used by the legend swatches in app.css.
    var COLOURS = {
        EXCELLENT: '#146c43',
        GOOD: '#0a58ca',
        PASS: '#cc9a06',
        FAIL: '#b02a37'
    };
    var lang = document.documentElement.lang || 'vi';
    var points = new Intl.NumberFormat(lang, {minimumFractionDigits: 2, maximumFractionDigits: 2});
    var whole = new Intl.NumberFormat(lang);
    // shares as everywhere else (Percentages): one decimal, "16,7 %" in Vietnamese, "16.7%" in English
    var oneDecimal = new Intl.NumberFormat(lang, {minimumFractionDigits: 1, maximumFractionDigits: 1});
    var percentSign = lang === 'vi' ? ' %' : '%';

    // Readable from the back of a meeting room: large, dark type.
    Chart.defaults.font.size = 16;
    Chart.defaults.color = '#212529';
    Chart.defaults.animation.duration = 300;

    function doughnut(canvas, data) {
        var total = data.values.reduce(function (sum, v) { return sum + v; }, 0);
        return new Chart(canvas, {
            type: 'doughnut',
            data: {
                labels: data.labels,
                datasets: [{
                    data: data.values,
                    backgroundColor: data.keys.map(function (k) { return COLOURS[k] || '#6c757d'; }),
                    borderColor: '#fff',
                    borderWidth: 2
                }]
            },
            options: {
                responsive: true,
                maintainAspectRatio: false,
                cutout: '55%',
                plugins: {
                    legend: {display: false}, // the table under the chart is the legend, with the numbers
                    tooltip: {
                        callbacks: {
                            label: function (item) {
                                var share = total === 0 ? 0 : Math.round(item.raw * 1000 / total) / 10;
                                return ' ' + whole.format(item.raw) + ' (' + oneDecimal.format(share) + percentSign + ')';
                            }
                        }
                    }
                }
            }
        });
    }

    function bars(canvas, data) {
        var t = data.thresholds || [90, 70, 50];
        // one bar per unit, tall enough to read every name
        canvas.parentElement.style.height = Math.max(160, data.labels.length * 38 + 60) + 'px';
        return new Chart(canvas, {
            type: 'bar',
            data: {
                labels: data.labels,
                datasets: [{
                    label: data.label,
                    data: data.values,
                    backgroundColor: data.values.map(function (v) {
                        return v >= t[0] ? COLOURS.EXCELLENT : v >= t[1] ? COLOURS.GOOD : v >= t[2] ? COLOURS.PASS : COLOURS.FAIL;
                    })
                }]
            },
            options: {
                indexAxis: 'y',
                responsive: true,
                maintainAspectRatio: false,
                scales: {
                    x: {beginAtZero: true, suggestedMax: 100, ticks: {callback: function (v) { return whole.format(v); }}},
                    y: {ticks: {autoSkip: false}}
                },
                plugins: {
                    legend: {display: false},
                    tooltip: {callbacks: {label: function (item) { return ' ' + points.format(item.raw); }}}
                }
            }
        });
    }

    document.querySelectorAll('canvas.dashboard-chart[data-chart]').forEach(function (canvas) {
        var data;
        try {
            data = JSON.parse(canvas.getAttribute('data-chart'));
        } catch (e) {
            return;
        }
        var values = data.values || [];
        if (!values.some(function (v) { return v > 0 || v < 0; })) {
            return; // nothing to draw: the table says it
        }
        canvas.parentElement.hidden = false;
        if (canvas.getAttribute('data-kind') === 'bar') {
            bars(canvas, data);
        } else {
            doughnut(canvas, data);
        }
    });
})();
