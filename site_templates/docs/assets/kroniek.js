/* Kroniek: filters over the whole timeline, a sortable list of sources, and the search index fetched when the
 * search box opens. Progressive enhancement: every page shows all it has without this script.
 * Runs on every page Material's instant navigation shows (document$), or once without it. All words come from
 * the page (the site's language data); the filters' state lives in the page's address, so it can be shared. */
(function () {
  "use strict";

  var FIELDS = ["source", "publisher", "from", "to"];
  var timeline = {}; // the timeline's data (filters.json) by URL: one download for a visit's pages

  /* --- Small helpers -------------------------------------------------------------------------------------- */

  function settingsOf(element, attribute) {
    try {
      return JSON.parse(element.getAttribute(attribute));
    } catch (error) {
      return null;
    }
  }

  function fill(text, fields) {
    return text.replace(/\{(\w+)\}/g, function (whole, name) {
      return name in fields ? fields[name] : whole;
    });
  }

  function counted(words, noun, n) {
    var forms = words.counts[noun];
    var form = new Intl.PluralRules(words.locale).select(n);
    return fill(forms[form] || forms.other, { n: n.toLocaleString(words.locale) });
  }

  function element(tag, properties, children) {
    var made = document.createElement(tag);
    Object.keys(properties || {}).forEach(function (key) {
      if (key === "text") made.textContent = properties[key];
      else if (key in made && key !== "list") made[key] = properties[key];
      else made.setAttribute(key, properties[key]);
    });
    (children || []).forEach(function (child) {
      made.appendChild(child);
    });
    return made;
  }

  /* Days since 1970-01-01 of an ISO date or moment; the day after it when `after` and it is not midnight. */
  function dayNumber(iso, after) {
    if (!iso) return null;
    var day = Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 864e5;
    return after && iso.length > 10 && iso.slice(11, 16) !== "00:00" ? day + 1 : day;
  }

  /* --- State in the address ------------------------------------------------------------------------------- */

  function readState(params) {
    var query = new URLSearchParams(location.search);
    var state = {};
    FIELDS.forEach(function (field) {
      state[field] = query.get(params[field]) || "";
    });
    return state;
  }

  function isActive(state) {
    return FIELDS.some(function (field) {
      return state[field];
    });
  }

  function withState(href, state, params) {
    var url = new URL(href, location.href);
    FIELDS.forEach(function (field) {
      if (state[field]) url.searchParams.set(params[field], state[field]);
      else url.searchParams.delete(params[field]);
    });
    return url.href;
  }

  /* --- The timeline's data -------------------------------------------------------------------------------- */

  function load(url) {
    if (!timeline[url]) {
      timeline[url] = fetch(url).then(function (response) {
        if (!response.ok) throw new Error(response.status + " " + url);
        return response.json();
      });
    }
    return timeline[url];
  }

  function matcher(state, data) {
    var from = dayNumber(state.from), to = dayNumber(state.to);
    var publisher = state.publisher ? data.publishers.indexOf(state.publisher) : -1;
    function fits(source) {
      var record = data.sources[source];
      if (state.source && (!record || record[0] !== state.source)) return false;
      return !state.publisher || (record && record[2] === publisher);
    }
    /* `sources`: an entry's source, or the sources of the happening it is (any of them fits) */
    return function (sources, first, after) {
      if (!(Array.isArray(sources) ? sources.some(fits) : fits(sources))) return false;
      if (from === null && to === null) return true;
      if (first === null || after === null) return false; // not placed: in no date range
      return (to === null || first <= to) && (from === null || after > from);
    };
  }

  /* Matching events per page of the timeline. */
  function countByPage(data, matches) {
    var counts = data.pages.map(function () {
      return 0;
    });
    for (var i = 0; i < data.events.length; i += 4) {
      if (matches(data.events[i + 1], data.events[i + 2], data.events[i + 3])) counts[data.events[i]] += 1;
    }
    return counts;
  }

  /* --- The form ------------------------------------------------------------------------------------------- */

  function field(label, control) {
    return element("label", { className: "kr-filters__field" }, [element("span", { text: label }), control]);
  }

  function buildForm(words) {
    var source = element("select", { name: "source" }, [new Option(words.all_sources, "")]);
    var publisher = element("select", { name: "publisher" }, [new Option(words.all_publishers, "")]);
    var from = element("input", { type: "date", name: "from" });
    var to = element("input", { type: "date", name: "to" });
    var reset = element("button", { type: "reset", className: "kr-filters__reset", text: words.reset });
    var form = element("form", { className: "kr-filters__form", "aria-label": words.filters }, [
      field(words.source, source),
      field(words.publisher, publisher),
      field(words.from, from),
      field(words.to, to),
      reset,
    ]);
    return { form: form, controls: { source: source, publisher: publisher, from: from, to: to } };
  }

  function fillOptions(controls, data, state) {
    var sources = data.sources.slice().sort(function (a, b) {
      return a[1].localeCompare(b[1]);
    });
    var options = document.createDocumentFragment();
    sources.forEach(function (record) {
      options.appendChild(new Option(record[1], record[0]));
    });
    controls.source.appendChild(options);
    data.publishers.forEach(function (name) {
      controls.publisher.appendChild(new Option(name, name));
    });
    var days = [];
    for (var i = 2; i < data.events.length; i += 4) if (data.events[i] !== null) days.push(data.events[i]);
    if (days.length) {
      var first = new Date(Math.min.apply(null, days) * 864e5).toISOString().slice(0, 10);
      var last = new Date(Math.max.apply(null, days) * 864e5).toISOString().slice(0, 10);
      controls.from.min = controls.to.min = first;
      controls.from.max = controls.to.max = last;
    }
    FIELDS.forEach(function (name) {
      controls[name].value = state[name];
    });
  }

  /* --- This page ------------------------------------------------------------------------------------------ */

  /* A heading (and its notes) is hidden when none of the events under it is shown, and so is its entry in the
   * table of contents and the jump list. */
  function updateGroups(root) {
    root.querySelectorAll("h2.kr-group").forEach(function (heading) {
      var shown = false, members = [];
      for (var node = heading.nextElementSibling; node && node.tagName !== "H2"; node = node.nextElementSibling) {
        if (node.classList.contains("kr-event")) shown = shown || !node.hidden;
        else if (!node.matches(".kr-pager, .kr-downloads")) members.push(node);
      }
      heading.hidden = !shown;
      members.forEach(function (node) {
        node.hidden = !shown;
      });
      var selector = 'a[href$="#' + CSS.escape(heading.id) + '"]'; // Material makes them absolute
      document.querySelectorAll(".md-nav--secondary " + selector + ", .kr-jump " + selector).forEach(function (link) {
        link.closest("li").hidden = !shown;
      });
    });
  }

  function showOnPage(root, data, matches) {
    var index = {};
    data.sources.forEach(function (record, i) {
      index[record[0]] = i;
    });
    var events = root.querySelectorAll(".kr-event[data-source]");
    var shown = 0;
    events.forEach(function (event) {
      var start = event.getAttribute("data-start"), end = event.getAttribute("data-end");
      var sources = (event.getAttribute("data-sources") || event.getAttribute("data-source")).split(" ").map(function (slug) {
        return slug in index ? index[slug] : -1;
      });
      event.hidden = !matches(sources, dayNumber(start), dayNumber(end, true));
      if (!event.hidden) shown += 1;
    });
    updateGroups(root);
    return { shown: shown, total: events.length };
  }

  function showAll(root) {
    root.querySelectorAll(".kr-event[data-source]").forEach(function (event) {
      event.hidden = false;
    });
    updateGroups(root);
  }

  /* The overview's grid: each cell counts the matching events of its page(s). */
  function showOnGrid(root, data, counts, state, params) {
    var home = new URL(".", location.href);
    var byPage = {};
    data.pages.forEach(function (page, i) {
      byPage[page[2]] = (byPage[page[2]] || 0) + counts[i]; // a month's parts count in its first part's cell
    });
    root.querySelectorAll("a[data-page]").forEach(function (link) {
      var count = byPage[link.getAttribute("data-page")] || 0;
      if (!link.hasAttribute("data-all")) link.setAttribute("data-all", link.textContent);
      var cell = link.closest("td");
      if (cell) {
        link.textContent = isActive(state) ? String(count) : link.getAttribute("data-all");
        cell.classList.toggle("kr-grid__none", isActive(state) && !count);
      } else {
        link.closest("li, p").hidden = isActive(state) && !count;
      }
      link.href = withState(new URL(link.getAttribute("data-page"), home).href, state, params);
    });
    root.querySelectorAll("tbody tr").forEach(function (row) {
      var total = 0;
      row.querySelectorAll("td a[data-page]").forEach(function (link) {
        total += +link.textContent.replace(/\D/g, "") || 0;
      });
      var cell = row.querySelector("[data-total]");
      if (cell) cell.textContent = total.toLocaleString();
    });
  }

  /* Links to the pages with matching events, with the filters kept. */
  function pageLinks(data, counts, here, state, params, words, home) {
    var list = element("ul", { className: "kr-filters__pages" });
    counts.forEach(function (n, i) {
      if (!n) return;
      var href = withState(new URL(data.pages[i][0], home).href, state, params);
      var link = element("a", { href: href, text: data.pages[i][1] });
      if (i === here) link.setAttribute("aria-current", "page");
      list.appendChild(element("li", {}, [link, document.createTextNode(" " + counted(words, "event", n))]));
    });
    return list;
  }

  /* --- Set up --------------------------------------------------------------------------------------------- */

  function setupFilters() {
    var host = document.querySelector("[data-kr-filters]");
    if (!host || host.dataset.ready) return;
    var settings = settingsOf(host, "data-kr-filters");
    if (!settings) return;
    host.dataset.ready = "true";
    var words = settings.words, params = words.params;
    var root = host.closest("article") || host.parentElement;
    var isOverview = !!root.querySelector(".kr-grid");
    var dataUrl = new URL(settings.data, location.href).href;
    var home = new URL(settings.home, location.href);
    var built = null, controls = null; // the form, made when it is first shown (a phone's start stays short)
    var status = element("div", { className: "kr-filters__status", role: "status" });
    var state = readState(params);
    var summary = element("summary", { text: words.filters });
    var box = element("details", { className: "kr-filters__box" }, [summary]);
    box.open = isActive(state) || matchMedia("(min-width: 45em)").matches;
    host.appendChild(box);
    host.appendChild(status);
    var ready = null;
    var filtered = false; // whether this page hides any event now: nothing to undo on a first, unfiltered view

    function prepare() {
      if (!ready) {
        ready = load(dataUrl).then(function (data) {
          fillOptions(controls, data, readState(params));
          return data;
        });
      }
      return ready;
    }

    function keepInLinks() {
      root.querySelectorAll(".kr-pager a").forEach(function (link) {
        link.href = withState(link.href, state, params);
      });
    }

    function apply() {
      keepInLinks();
      if (!isActive(state)) {
        if (filtered) showAll(root);
        filtered = false;
        if (ready) prepare().then(function (data) { if (isOverview) showOnGrid(root, data, countByPage(data, matcher(state, data)), state, params); });
        status.textContent = isOverview ? "" : settings.shown || fill(words.all_shown, { events: counted(words, "event", root.querySelectorAll(".kr-event[data-source]").length) });
        return;
      }
      status.textContent = words.loading;
      prepare().then(
        function (data) {
          var matches = matcher(state, data);
          var counts = countByPage(data, matches);
          var total = counts.reduce(function (a, b) { return a + b; }, 0);
          var here = -1;
          data.pages.forEach(function (page, i) {
            if (new URL(page[0], home).pathname === location.pathname) here = i;
          });
          status.textContent = "";
          var lines = [];
          if (isOverview) {
            showOnGrid(root, data, counts, state, params);
            lines.push(fill(words.overview, { events: counted(words, "event", total) }));
          } else {
            filtered = true;
            var onPage = showOnPage(root, data, matches);
            lines.push(onPage.shown ? fill(words.some_shown, { shown: onPage.shown, total: counted(words, "event", onPage.total) }) : words.none_here);
          }
          if (!total) {
            status.appendChild(element("p", { className: "kr-filters__empty", text: words.none_anywhere }));
            return;
          }
          if (!isOverview) lines.push(fill(words.elsewhere, { events: counted(words, "event", total), pages: counted(words, "page", counts.filter(Boolean).length) }));
          lines.forEach(function (line) {
            status.appendChild(element("p", { text: line }));
          });
          if (!isOverview) status.appendChild(pageLinks(data, counts, here, state, params, words, home));
        },
        function () {
          status.textContent = words.failed;
        }
      );
    }

    function changed() {
      FIELDS.forEach(function (name) {
        state[name] = controls[name].value;
      });
      history.replaceState(history.state, "", withState(location.href, state, params));
      apply();
    }

    function build() {
      if (built) return;
      built = buildForm(words);
      controls = built.controls;
      FIELDS.forEach(function (name) {
        controls[name].value = state[name];
      });
      built.form.addEventListener("change", changed);
      built.form.addEventListener("submit", function (event) {
        event.preventDefault();
      });
      built.form.addEventListener("reset", function () {
        setTimeout(changed, 0);
      });
      // The whole timeline's sources and publishers are fetched when the reader reaches for the form.
      ["focusin", "pointerover", "touchstart"].forEach(function (type) {
        built.form.addEventListener(type, prepare, { once: true, passive: true });
      });
      box.appendChild(built.form);
    }

    // Open (a wide screen, or filters in the address): the form now. Closed: when the reader opens it (the
    // summary's click comes before the box opens; `toggle` for any other way it opens).
    if (box.open) build();
    summary.addEventListener("click", build);
    box.addEventListener("toggle", build);
    if (isActive(state)) prepare();
    apply();
  }

  /* The list of sources, sorted by a column's button; the heading says how it is sorted. */
  function setupSorting() {
    var host = document.querySelector("[data-kr-sort]");
    if (!host || host.dataset.ready) return;
    var settings = settingsOf(host, "data-kr-sort");
    if (!settings) return;
    host.dataset.ready = "true";
    var words = settings.words;
    var body = host.querySelector("tbody");
    var heads = Array.prototype.slice.call(host.querySelectorAll("th[data-sort]"));
    var labels = { title: words.sort_title, publisher: words.sort_publisher, published: words.sort_published };
    heads.forEach(function (head) {
      var key = head.getAttribute("data-sort");
      var column = Array.prototype.indexOf.call(head.parentElement.children, head);
      var button = element("button", { type: "button", className: "kr-sort", text: head.textContent });
      button.title = words.sort + " " + labels[key];
      head.textContent = "";
      head.appendChild(button);
      button.addEventListener("click", function () {
        var descending = head.getAttribute("aria-sort") === "ascending";
        var rows = Array.prototype.slice.call(body.rows);
        var value = function (row) {
          var cell = row.cells[column];
          return cell.hasAttribute("data-value") ? cell.getAttribute("data-value") : cell.textContent.trim();
        };
        rows.sort(function (a, b) {
          var x = value(a), y = value(b);
          if (!x !== !y) return x ? -1 : 1; // empty values last, either way
          var order = x.localeCompare(y, words.locale, { sensitivity: "base" });
          return descending ? -order : order;
        });
        heads.forEach(function (other) {
          other.removeAttribute("aria-sort");
        });
        head.setAttribute("aria-sort", descending ? "descending" : "ascending");
        var sorted = document.createDocumentFragment();
        rows.forEach(function (row) {
          sorted.appendChild(row);
        });
        body.appendChild(sorted);
      });
    });
  }

  /* The search entries, fetched as the search box opens so they are there by the first word (the worker asks for
   * them on the first query; the browser then has them). */
  var prefetched = false;
  function prefetchSearch() {
    if (prefetched || typeof __md_scope === "undefined" || !kroniekSearch()) return;
    prefetched = true;
    document.head.appendChild(
      element("link", { rel: "prefetch", href: new URL("search/kroniek_index.json", __md_scope).href })
    );
  }

  /* Whether the page searches through Kroniek's worker (Material for MkDocs), not a builder's own (Zensical). */
  function kroniekSearch() {
    var config = document.getElementById("__config");
    return !!config && config.textContent.indexOf("workers/kroniek-search.") >= 0;
  }

  function setupSearch() {
    var input = document.querySelector("input.md-search__input");
    var toggle = document.getElementById("__search");
    var dialog = document.querySelector(".md-search[role=dialog]");
    if (dialog && input && !dialog.hasAttribute("aria-label")) {
      dialog.setAttribute("aria-label", input.getAttribute("aria-label") || input.placeholder); // the theme's word
    }
    if (input) input.addEventListener("focus", prefetchSearch, { once: true });
    if (toggle) toggle.addEventListener("change", function () {
      if (toggle.checked) prefetchSearch();
    });
  }

  function setup() {
    setupFilters();
    setupSorting();
  }

  setupSearch();
  if (typeof document$ !== "undefined") document$.subscribe(setup);
  else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setup);
  else setup();
})();
