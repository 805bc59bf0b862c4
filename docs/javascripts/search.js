// The search page: Pagefind's default UI; the query is read from and written to ?q=
(function () {
  "use strict";
  var el = document.getElementById("bw-search");
  if (!el || typeof PagefindUI === "undefined") return;
  var ui = new PagefindUI({
    element: "#bw-search",
    bundlePath: el.getAttribute("data-bundle"),
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
})();
