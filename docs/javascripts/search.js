// The search page: Pagefind's default UI over every part of the index (pagefind/parts.json);
// the query is read from and written to ?q=
(function () {
  "use strict";
  var el = document.getElementById("bw-search");
  if (!el || typeof PagefindUI === "undefined") return;
  var bundle = el.getAttribute("data-bundle");
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
        return term;
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
