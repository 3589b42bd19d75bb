// Thi đua: the review grid and the self-assessment form. No inline scripts (CSP script-src 'self').
(function () {
    'use strict';

    // Points as the server reads them (PointsText): digits with one decimal comma or point, nothing else
    // ("1e1", "0x10" or "5 điểm" are not points, though Number() would read some of them).
    var POINTS = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/;

    function number(text) {
        if (text === undefined || text === null) {
            return NaN;
        }
        var value = String(text).trim();
        return POINTS.test(value) ? Number(value.replace(',', '.')) : NaN;
    }

    function isScoreInput(element) {
        return element && element.classList && element.classList.contains('score-input');
    }

    // Enter / ArrowDown / ArrowUp move to the same column of the next or previous row; Tab moves across.
    document.addEventListener('keydown', function (event) {
        var input = event.target;
        if (!isScoreInput(input)) {
            return;
        }
        var step = 0;
        if (event.key === 'Enter' || event.key === 'ArrowDown') {
            step = 1;
        } else if (event.key === 'ArrowUp') {
            step = -1;
        } else {
            return;
        }
        event.preventDefault();
        var cell = input.closest('td');
        var row = cell.parentElement;
        var column = cell.cellIndex;
        var target = step > 0 ? row.nextElementSibling : row.previousElementSibling;
        while (target) {
            var next = target.cells[column] && target.cells[column].querySelector('.score-input:not([disabled])');
            if (next) {
                next.focus();
                next.select();
                return;
            }
            target = step > 0 ? target.nextElementSibling : target.previousElementSibling;
        }
        // no row further: save where we are
        input.dispatchEvent(new Event('change', {bubbles: true}));
    });

    // Changing a review score that was already set asks for the reason; cancelling restores the value.
    document.addEventListener('htmx:configRequest', function (event) {
        var input = event.detail.elt;
        if (!isScoreInput(input)) {
            return;
        }
        // the stored value: a refused cell says it in data-original, otherwise it is the value the page came with
        var original = input.hasAttribute('data-original') ? input.getAttribute('data-original') : input.defaultValue;
        var now = input.value.trim();
        if (original !== '' && number(now) !== number(original)) {
            var grid = input.closest('table');
            var reason = window.prompt((grid ? grid.getAttribute('data-reason-prompt') : '') + ' ('
                + input.getAttribute('aria-label') + '):');
            if (reason === null || reason.trim() === '') {
                event.preventDefault();
                input.value = original || '';
                return;
            }
            event.detail.parameters.reason = reason.trim();
        }
    });

    // A refused or stale cell comes back with 400/409: show it in place.
    document.addEventListener('htmx:beforeSwap', function (event) {
        var status = event.detail.xhr.status;
        var target = event.detail.target;
        if ((status === 400 || status === 409) && target && target.classList.contains('score-cell')) {
            event.detail.shouldSwap = true;
            event.detail.isError = false;
        }
    });

    // "Take the self-scores" sends each row's version as it is now (a saved cell moves it on).
    function currentVersion(element) {
        var version = document.getElementById('version-' + element.getAttribute('data-subject'));
        if (version) {
            element.value = element.getAttribute('data-subject') + ':' + version.value;
        }
    }

    document.addEventListener('click', function (event) {
        var button = event.target.closest ? event.target.closest('button.take-self') : null;
        if (button) {
            currentVersion(button);
        }
    }, true);

    document.addEventListener('submit', function (event) {
        if (event.target && event.target.id === 'takeSelfAllForm') {
            event.target.querySelectorAll('input.take-self-version').forEach(currentVersion);
        }
    }, true);

    // The grid takes the rest of the screen below what is above it (at least 18rem): the page does not
    // scroll, the grid does, with its header row at its top.
    var wrap = document.getElementById('reviewGridWrap');
    if (wrap) {
        var fit = function () {
            var top = wrap.getBoundingClientRect().top + window.scrollY;
            wrap.style.maxHeight = Math.max(window.innerHeight - top - 8, 288) + 'px';
        };
        fit();
        window.addEventListener('resize', fit);
    }

    // Tick every complete row at once.
    document.addEventListener('change', function (event) {
        if (event.target && event.target.id === 'pickAll') {
            document.querySelectorAll('#reviewGrid input.pick').forEach(function (box) {
                box.checked = event.target.checked;
            });
        }
    });

    // The self-assessment form shows its running total and classification as points are typed.
    var form = document.getElementById('selfForm');
    if (form) {
        var inputs = document.querySelectorAll('input.self-points-input');
        var update = function () {
            var total = 0;
            var any = false;
            var all = true;
            inputs.forEach(function (input) {
                var value = number(input.value);
                if (!isNaN(value)) {
                    any = true;
                    total += input.getAttribute('data-kind') === 'PENALTY' ? -value : value;
                } else {
                    all = false;
                }
            });
            total = Math.round(total * 100) / 100;
            var lang = document.documentElement.lang || 'vi';
            var totalElement = document.getElementById('selfTotal');
            var classElement = document.getElementById('selfClassification');
            totalElement.textContent = any ? total.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB',
                {maximumFractionDigits: 2}) : form.getAttribute('data-label-none');
            var incomplete = document.getElementById('selfIncomplete');
            if (incomplete) {
                incomplete.hidden = all;
            }
            // a classification only once every criterion has points: half a form is not "failed"
            if (!all) {
                classElement.textContent = form.getAttribute('data-label-none');
                return;
            }
            var label = 'fail';
            if (total >= number(form.getAttribute('data-excellent'))) {
                label = 'excellent';
            } else if (total >= number(form.getAttribute('data-good'))) {
                label = 'good';
            } else if (total >= number(form.getAttribute('data-pass'))) {
                label = 'pass';
            }
            classElement.textContent = form.getAttribute('data-label-' + label);
        };
        inputs.forEach(function (input) {
            input.addEventListener('input', update);
        });
    }
})();
