// Thi đua: pledges. No inline scripts (CSP script-src 'self').
(function () {
    'use strict';

    // The printable pledge: the print button opens the browser's print dialog.
    var printButton = document.getElementById('printButton');
    if (printButton) {
        printButton.addEventListener('click', function () { window.print(); });
    }

    // Registration list: "select all" ticks every pledge that can be decided.
    var all = document.getElementById('selectAll');
    if (all) {
        all.addEventListener('change', function () {
            document.querySelectorAll('input.pledge-select').forEach(function (box) { box.checked = all.checked; });
        });
    }
})();
