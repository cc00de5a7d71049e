/* Kroniek's search worker: Material for MkDocs' own worker (imported below, unchanged), with three changes.
 *
 * 1. The index is loaded when a reader first searches, not with every page. The site's
 *    search/search_index.json holds only the search settings (Material asks for it on every page);
 *    the entries are in search/kroniek_index.json, fetched on the first query that is not empty
 *    (kroniek.js prefetches it when the search box opens).
 * 2. Numbers are indexed. lunr-languages' trimmer for Dutch (as Material ships it) keeps only letters, so
 *    `2022`, `400` and `10.30` were trimmed to nothing. Its word characters get the ASCII digits, as
 *    lunr-languages' own fix of numeric tokens does (MihaiValentin/lunr-languages#133, merged 2026).
 * 3. Whole words are found. Material appends `*` to every typed term (so a word being typed matches), and
 *    lunr's query parser runs no pipeline on a term with a wildcard: `demonstranten*` looked for a prefix of
 *    `demonstranten` while the index holds its stem `demonstrant`. Such a term now goes through the language's
 *    trimmer and stemmer before its wildcard: `demonstrant*`.
 *
 * The Material worker's file name is filled in by the kroniek plugin when it writes this file.
 */
(function () {
  "use strict";

  var MATERIAL_WORKER = "__MATERIAL_WORKER__";
  var INDEX = new URL("../../../search/kroniek_index.json", self.location.href).href;
  var SETUP = 0, READY = 1, QUERY = 2, RESULT = 3; // Material's SearchMessageType

  var settings = null; // Material's setup message: the search configuration, with no entries
  var loading = null; // a promise of the index built by Material's worker
  var built = null; // resolves `loading` when Material's worker says it is ready
  var post = self.postMessage.bind(self);

  /* Material's worker answers every message it gets; the ready message of the setup this worker asks for is
   * this worker's own. */
  self.postMessage = function (message) {
    if (message && message.type === READY && built) {
      built();
      built = null;
      return;
    }
    post(message);
  };

  /* After each of Material's imports of lunr-languages: every language's trimmer keeps digits (2). */
  var importScriptsOfMaterial = self.importScripts;
  self.importScripts = function () {
    importScriptsOfMaterial.apply(self, arguments);
    keepDigits();
  };

  function keepDigits() {
    var lunr = self.lunr;
    if (!lunr || !lunr.trimmerSupport) return;
    Object.keys(lunr).forEach(function (code) {
      var language = lunr[code];
      if (!language || typeof language.wordCharacters !== "string" || !language.trimmer) return;
      if (language.trimmer.kroniekDigits) return;
      var label = language.trimmer.label || "trimmer-" + code;
      var trimmer = lunr.trimmerSupport.generateTrimmer(language.wordCharacters + "0-9");
      trimmer.label = label;
      trimmer.kroniekDigits = true;
      lunr.Pipeline.registeredFunctions[label] = trimmer;
      language.trimmer = trimmer;
    });
  }

  /* The term a reader types, as the index holds it (3): trimmed and stemmed, for a single-language index. */
  function asIndexed(word) {
    var lunr = self.lunr;
    var languages = settings ? settings.config.lang : [];
    if (languages.length !== 1) return word;
    var language = languages[0] === "en" ? lunr : lunr[languages[0]];
    if (!language || !language.trimmer || !language.stemmer) return word;
    var token = language.trimmer(new lunr.Token(word.toLowerCase(), {}));
    token = token && token.toString() ? language.stemmer(token) : null;
    return token && token.toString() ? token.toString() : word;
  }

  function stemWildcardTerms() {
    var parser = self.lunr.QueryParser;
    var parseTerm = parser.parseTerm;
    parser.parseTerm = function (state) {
      var lexeme = state.peekLexeme();
      if (lexeme && lexeme.type === self.lunr.QueryLexer.TERM && /^[^*]+\*$/.test(lexeme.str)) {
        lexeme.str = asIndexed(lexeme.str.slice(0, -1)) + "*";
      }
      return parseTerm(state);
    };
  }

  /* Added before Material's worker adds its own listener: this one runs first, and lets Material's see only what
   * this worker hands it. */
  self.addEventListener("message", function (event) {
    var message = event.data;
    if (message && message.kroniek) return;
    event.stopImmediatePropagation();
    if (message.type === SETUP) {
      settings = message.data;
      post({ type: READY });
    } else if (message.type === QUERY && !String(message.data).trim()) {
      post({ type: RESULT, data: { items: [] } });
    } else if (message.type === QUERY) {
      load().then(
        function () {
          self.dispatchEvent(new MessageEvent("message", { data: { type: QUERY, data: message.data, kroniek: true } }));
        },
        function (error) {
          console.warn("kroniek search: " + error);
          post({ type: RESULT, data: { items: [] } });
        }
      );
    }
  });

  /* Material's worker, then this worker's own change to the lunr it brings. */
  importScripts(MATERIAL_WORKER);
  stemWildcardTerms();

  function load() {
    if (!loading) {
      loading = fetch(INDEX)
        .then(function (response) {
          if (!response.ok) throw new Error(response.status + " " + INDEX);
          return response.json();
        })
        .then(function (index) {
          return new Promise(function (resolve) {
            built = resolve;
            var data = { config: settings.config, docs: index.docs, options: settings.options };
            self.dispatchEvent(new MessageEvent("message", { data: { type: SETUP, data: data, kroniek: true } }));
          });
        });
    }
    return loading;
  }

})();
