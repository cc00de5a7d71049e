/* Kroniek: filters for the timeline, without a server.
 * Progressive enhancement: every event is in the page; this only hides the ones that do not match.
 * Runs on every page Material's instant navigation shows (document$), or once without it. */
(function () {
  "use strict";

  function field(labelText, control) {
    var label = document.createElement("label");
    label.className = "kr-filters__field";
    var span = document.createElement("span");
    span.textContent = labelText;
    label.appendChild(span);
    label.appendChild(control);
    return label;
  }

  function dateInput(name) {
    var input = document.createElement("input");
    input.type = "date";
    input.name = name;
    return input;
  }

  function matches(event, source, from, to) {
    if (source && event.dataset.source !== source) return false;
    if (!from && !to) return true;
    var start = event.dataset.start, end = event.dataset.end;
    if (!start || !end) return false; // not placed: cannot fall in a date range
    if (to && start.slice(0, 10) > to) return false;
    if (from && end <= from + "T00:00") return false;
    return true;
  }

  /* A heading (and its notes) is hidden when none of the events under it is shown. */
  function updateGroups(root) {
    root.querySelectorAll("h2.kr-group").forEach(function (heading) {
      var shown = false, members = [];
      for (var node = heading.nextElementSibling; node && node.tagName !== "H2"; node = node.nextElementSibling) {
        if (node.classList.contains("kr-event")) shown = shown || !node.hidden;
        else if (!node.classList.contains("kr-pager") && !node.classList.contains("kr-downloads")) members.push(node);
      }
      heading.hidden = !shown;
      members.forEach(function (node) { node.hidden = !shown; });
    });
  }

  function setup() {
    var host = document.querySelector("[data-kr-filters]");
    if (!host || host.dataset.ready) return;
    host.dataset.ready = "true";
    var root = host.parentElement;
    var events = Array.prototype.slice.call(root.querySelectorAll(".kr-event[data-source]"));
    if (!events.length) return;

    var select = document.createElement("select");
    select.name = "bron";
    select.appendChild(new Option("Alle bronnen", ""));
    var seen = {};
    events.forEach(function (event) {
      var slug = event.dataset.source;
      if (seen[slug]) return;
      seen[slug] = true;
      select.appendChild(new Option(event.dataset.sourceLabel || slug, slug));
    });
    var from = dateInput("van"), to = dateInput("tot");
    var starts = events.map(function (e) { return e.dataset.start; }).filter(Boolean).sort();
    if (starts.length) {
      from.min = to.min = starts[0].slice(0, 10);
      from.max = to.max = starts[starts.length - 1].slice(0, 10);
    }
    var reset = document.createElement("button");
    reset.type = "reset";
    reset.className = "md-button";
    reset.textContent = "Wis filters";
    var status = document.createElement("p");
    status.className = "kr-filters__status";
    status.setAttribute("role", "status");

    var form = document.createElement("form");
    form.className = "kr-filters__form";
    form.setAttribute("aria-label", "Gebeurtenissen filteren");
    form.appendChild(field("Bron", select));
    form.appendChild(field("Van", from));
    form.appendChild(field("Tot en met", to));
    form.appendChild(reset);
    host.appendChild(form);
    host.appendChild(status);

    function apply() {
      var shown = 0;
      events.forEach(function (event) {
        event.hidden = !matches(event, select.value, from.value, to.value);
        if (!event.hidden) shown += 1;
      });
      updateGroups(root);
      status.textContent = shown === events.length
        ? events.length + " gebeurtenissen"
        : shown + " van " + events.length + " gebeurtenissen getoond";
    }
    form.addEventListener("input", apply);
    form.addEventListener("change", apply);
    form.addEventListener("submit", function (e) { e.preventDefault(); });
    form.addEventListener("reset", function () { setTimeout(apply, 0); });
    apply();
  }

  if (typeof document$ !== "undefined") document$.subscribe(setup);
  else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setup);
  else setup();
})();
