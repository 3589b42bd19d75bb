// The record page: its print button (no inline scripts under the Content-Security-Policy).
(function () {
    var printButton = document.getElementById('printButton');
    if (printButton) {
        printButton.addEventListener('click', function () { window.print(); });
    }
})();
