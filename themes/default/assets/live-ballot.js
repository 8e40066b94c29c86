/*
 * The live ballot: as projects are ticked or given points, the running total, what is left of the envelope and
 * the rule's limits are shown at once, in the element the page marks aria-live="polite" (screen readers hear it).
 * Progressive enhancement under the instance's Content-Security-Policy (served by the instance, no inline
 * code): without it, the ballot's "Update the total" button asks the server, which works the same out.
 * The page gives everything through data- attributes: amounts, the rule, and its sentences already translated.
 * When the page gives a data-draft-url, the choices are kept as they change (the page shows them again, and one
 * reminder is sent before the vote closes if the ballot is not checked out).
 */
(function () {
  'use strict';

  function fill(template, values) {
    return template.replace(/\{(\d)\}/g, function (match, index) { return values[Number(index)]; });
  }

  function liven(form) {
    var data = form.dataset;
    var cents = function (text) { return Math.round(parseFloat(text) * 100); };
    var envelope = cents(data.envelope);
    // as the server writes amounts: the reader's currency format, cents only when there are some
    var amount = function (value) {
      var digits = value % 100 === 0 ? 0 : 2;
      try {
        return new Intl.NumberFormat(data.locale, {style: 'currency', currency: data.currency,
          minimumFractionDigits: digits, maximumFractionDigits: 2}).format(value / 100);
      } catch (unknownCurrency) {
        return new Intl.NumberFormat(data.locale, {minimumFractionDigits: digits}).format(value / 100) + ' ' + data.currency;
      }
    };
    var total = form.querySelector('[data-live-total]');
    var limit = form.querySelector('[data-live-limit]');
    var update = form.querySelector('[data-live-update]');
    if (!total || !limit) {
      return;
    }
    if (update) {
      update.hidden = true;
    }

    function refresh() {
      var sum = 0;
      var points = 0;
      var chosen = 0;
      form.querySelectorAll('input[data-cost]').forEach(function (input) {
        var value = input.type === 'checkbox' ? (input.checked ? 1 : 0) : (parseInt(input.value, 10) || 0);
        if (value > 0) {
          sum += cents(input.dataset.cost);
          points += value;
          chosen += 1;
        }
      });
      var text = data.rule === 'cumulative' ? fill(data.textPoints, [points, data.points])
        : fill(data.textTotal, [amount(sum), amount(envelope - sum)]);
      var problem = '';
      if (data.rule === 'knapsack' && sum > envelope) {
        problem = data.textOver;
      } else if (data.rule === 'cumulative' && points > Number(data.points)) {
        problem = data.textOverPoints;
      } else if (Number(data.maxChoices) > 0 && chosen > Number(data.maxChoices)) {
        problem = fill(data.textTooMany, [chosen, data.maxChoices]);
      }
      // only what changed is written, so that a screen reader is not told the same sentence twice
      if (total.textContent !== text) {
        total.textContent = text;
      }
      if (limit.textContent !== problem) {
        limit.textContent = problem;
      }
      limit.hidden = problem === '';
    }

    var saving = null;
    function keepDraft() {
      if (!data.draftUrl || !form.elements.csrf) {
        return;
      }
      clearTimeout(saving);
      saving = setTimeout(function () {
        var projects = [];
        var points = {};
        form.querySelectorAll('input[data-cost]').forEach(function (input) {
          var id = input.name.substring(input.name.indexOf('.') + 1);
          var value = input.type === 'checkbox' ? (input.checked ? 1 : 0) : (parseInt(input.value, 10) || 0);
          if (value > 0) {
            projects.push(id);
            points[id] = value;
          }
        });
        var body = data.rule === 'knapsack' || data.rule === 'approval' ? {projects: projects} : {points: points};
        // a draft that cannot be kept changes nothing for the voter: the ballot is sent by the form
        fetch(data.draftUrl, {
          method: 'POST', credentials: 'same-origin',
          headers: {'Content-Type': 'application/json', 'X-CSRF-Token': form.elements.csrf.value},
          body: JSON.stringify(body)
        }).catch(function () {});
      }, 800);
    }

    form.addEventListener('change', function () { refresh(); keepDraft(); });
    form.addEventListener('input', refresh);
  }

  document.querySelectorAll('form[data-live-ballot]').forEach(liven);
}());
