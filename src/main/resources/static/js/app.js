// Thi đua: behaviour for every page. No inline scripts (CSP script-src 'self').
(function () {
    'use strict';

    // htmx requests carry the CSRF token of the page.
    document.addEventListener('htmx:configRequest', function (event) {
        var token = document.querySelector('meta[name="_csrf"]');
        var header = document.querySelector('meta[name="_csrf_header"]');
        if (token && header) {
            event.detail.headers[header.content] = token.content;
        }
    });

    // Forms and buttons with data-confirm ask before they act.
    document.addEventListener('submit', function (event) {
        var form = event.target;
        var message = form.getAttribute('data-confirm');
        if (message && !window.confirm(message)) {
            event.preventDefault();
            return;
        }
        // A double click submits once.
        if (form.dataset.submitted === 'true') {
            event.preventDefault();
            return;
        }
        form.dataset.submitted = 'true';
        window.setTimeout(function () { form.dataset.submitted = 'false'; }, 5000);
    });
})();
