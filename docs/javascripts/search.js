// The search page: Pagefind's default UI over every part of the index (pagefind/parts.json);
// the query is read from and written to ?q=
//
// A Pagefind index that lacks a searched word falls back to the longest indexed word the search
// term starts with ("so" for "soleimani"). With the index in parts, every part without the word
// would add such near misses; a result whose marked words share too short a start with every
// search term is hidden (marked in its URL, hidden by the stylesheet).
(function () {
  "use strict";
  var el = document.getElementById("bw-search");
  if (!el || typeof PagefindUI === "undefined") return;
  var bundle = el.getAttribute("data-bundle");
  var terms = [];

  function shared(a, b) {
    var n = 0;
    while (n < a.length && n < b.length && a.charAt(n) === b.charAt(n)) n++;
    return n;
  }

  function genuine(data) {
    if (!terms.length) return true;
    var marked = [];
    var re = /<mark>([^<]*)<\/mark>/g, m;
    while ((m = re.exec(data.excerpt || "")) !== null) marked.push(m[1].toLowerCase());
    if (!marked.length) return true; // nothing to judge by: keep it
    return marked.some(function (w) {
      return terms.some(function (t) {
        return shared(w, t) >= Math.min(t.length, Math.max(4, t.length - 3));
      });
    });
  }

  function start(parts) {
    var ui = new PagefindUI({
      element: "#bw-search",
      bundlePath: bundle,
      mergeIndex: parts.map(function (p) { return { bundlePath: bundle + p + "/" }; }),
      showSubResults: false,
      showImages: false,
      showEmptyFilters: false,
      resetStyles: true,
      pageSize: 10,
      translations: { placeholder: "Search the briefings" },
      processTerm: function (term) {
        var url = new URL(window.location.href);
        if (term) url.searchParams.set("q", term); else url.searchParams.delete("q");
        window.history.replaceState(null, "", url);
        terms = (term || "").toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
        return term;
      },
      processResult: function (data) {
        if (!genuine(data)) data.url = (data.url || "") + "#bw-near-miss";
        return data;
      }
    });
    var q = new URLSearchParams(window.location.search).get("q");
    if (q) ui.triggerSearch(q);
  }
  fetch(bundle + "parts.json")
    .then(function (r) { return r.ok ? r.json() : []; })
    .catch(function () { return []; })
    .then(start);
})();
